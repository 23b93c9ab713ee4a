"""python -m lishan_plan"""

from .cli import main

main()
