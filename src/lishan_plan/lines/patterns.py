"""Line kinds: an ordered table of named, commented patterns.

Each pattern is matched (fullmatch) against one line's normalised body: leading and trailing
whitespace, a Markdown heading or quote marker and a trailing table bar removed. The first kind whose
pattern matches wins, so the order below is part of the grammar. Every pattern carries a real
sample line above it. Quantifiers are bounded or possessive: a 10 MB line must not backtrack.
"""

from __future__ import annotations

import functools
from enum import StrEnum
from typing import NamedTuple

import regex

from ..grammar.compiled import compile_pattern
from ..grammar.labels import BRACKETED_LABEL, FIELD_LABEL, UNKNOWN_LABEL, spaced
from ..grammar.vocabulary import GLUED_METADATA_KEYS, METADATA_KEYS, SIGNING_BODY_ENDINGS, TITLE_ENDINGS


class LineKind(StrEnum):
    BLANK = "blank"
    PAGE_NUMBER = "page-number"
    TABLE_RULE = "table-rule"
    CHROME = "chrome"
    TABLE_ROW = "table-row"
    PUBLICATION = "publication"
    DOC_NUMBER = "doc-number"
    META = "meta"
    LETTERHEAD = "letterhead"
    ATTACHMENT = "attachment"
    IMPRINT = "imprint"
    DATE = "date"
    REQUIREMENT = "requirement"
    SECTION = "section"
    SUBSECTION = "subsection"
    TASK = "task"
    NUMBERED_ITEM = "numbered-item"
    SUB_ITEM = "sub-item"
    TOPIC = "topic"
    FIELD = "field"
    RECIPIENTS = "recipients"
    TEXT = "text"


def _compile(pattern: str) -> regex.Pattern[str]:
    return compile_pattern(pattern, regex.VERBOSE)


HAN_NUMERAL = "[一二三四五六七八九十百零〇两]"
# A part of a plan, a section line of its own kind: 第一部分 经济发展 · 第二章 (a heading over 一、 tasks)
PART_HEADING = _compile(rf"第{HAN_NUMERAL}{{1,4}}(?:部分|章|篇)")
# A card's number alone on its line, over the task's text (a WeChat article): 01 · 02 · … · 10 · 11
CARD_NUMBER = _compile(r"0[1-9] | [1-9]\d{0,2}")
# The stop after a task's number: 1. · 1、 · 3.2025年5月底前… (a year and 年 after it, no decimal 1.2025)
TASK_STOP = r"(?:、|\.(?!\d)|\.(?=(?:19|20)\d{2}\s{0,2}年))"


# What a figure counts or dates, after it: a line opening 10个… or 3月底前… opens on a figure, not a number.
_COUNTED = "[年月日号个万亿元项家户人次天台座所条处页份篇名位辆栋间米吨亩周岁]"


# A signature's date, as the DATE row below and a signer's line (SIGNER_THEN_DATE) print it.
SIGNATURE_DATE = r"""(?:(?:19|20)\d{2}\s{0,2}年\s{0,2}\d{1,2}\s{0,2}月\s{0,2}\d{1,2}\s{0,2}日
    | [〇○零OoО0一二三四五六七八九]{4}\s{0,2}年
      \s{0,2}[一二三四五六七八九十]{1,3}\s{0,2}月\s{0,2}[一二三四五六七八九十]{1,4}\s{0,2}日
    | (?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}
    | (?:19|20)\d{2}(?:1[0-2]|0?[1-9])(?:3[01]|[12]\d|0?[1-9])日?)"""


class Row(NamedTuple):
    """One kind of the table. `needs`, where given, is a cheap search that every line of the kind
    passes: a pattern that has to look for its words anywhere in a line (page chrome) is tried only
    on the few lines that hold one of them, so ordinary lines do not pay for it."""

    kind: LineKind
    pattern: regex.Pattern[str]
    needs: regex.Pattern[str] | None = None


# 《某县…方案.docx》由会员分享，可在线阅读，更多相关《…》请在某某文库上搜索。: a document site's preview (page
# chrome, see the CHROME row), which prints the document after it in page chunks (see classify._page_chunks)
_DOC_SITE = r"《(?P<document>.{1,160}?)》\s{0,2}(?:由会员分享|由用户上传分享|可在线阅读,更多相关)"
DOC_SITE_PREVIEW = _compile(_DOC_SITE)
# 嘉兴市…若干措施》实施方案.docx: what a preview's name holds beside the title the document prints (quotes, spaces,
# the file's type)
DOCUMENT_NAME_NOISE = compile_pattern(r"[《》“”\"\s]|\.(?:docx?|pdf|wps|pptx?|xlsx?)$")
# 1、某县2024年重点任务分解表序号重点任务…: how the title of a table ends, before its header (a site's first page
# chunk, its number before the title)
TABLE_TITLE_END = compile_pattern(r"(?:表|清单|方案|台账|计划|安排)$")
# …配合单位1推进… · …完成时限一、经济发展1…: the first row after a glued header, its number 1 (not 1份 of a
# sentence: 表内注明序号任务名称…1份) or a section's numeral
FIRST_GLUED_ROW = compile_pattern(r"1(?![\d份个次件条项张本套])|[一二三四五六七八九十]、")
# 下载后可任意编辑: the watermark a document site prints at the top of each page it copies
DOC_SITE_WATERMARK = "下载后可任意编辑"
# 7、8、组织… · 4、(二)优化…: a heading's or a task's marker, which a page chunk's number may stand straight before
MARKER_AFTER_CHUNK = _compile(
    r"\s{0,2}(?:\d{1,3}[、.](?!\d)|\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、)"
)

PATTERNS: tuple[Row, ...] = (
    # (an empty or whitespace-only line)
    Row(LineKind.BLANK, _compile(r"")),
    # - 2 -        — 3 —        -3-        — — — 2 —        第1页共18页        第 2 页
    Row(
        LineKind.PAGE_NUMBER,
        _compile(
            r"""[-—–~](?:\s?[-—–~]){0,2}\s{0,3}\d{1,4}\s{0,3}[-—–~](?:\s?[-—–~]){0,2}
            | 第\s{0,3}\d{1,4}\s{0,3}页(?:\s{0,3}[,/]?\s{0,3}共\s{0,3}\d{1,4}\s{0,3}页)?
            | \d{1,4}\s{0,2}/\s{0,2}\d{1,4}"""
        ),
    ),
    # ┌──┬──────┐        ├──┼──────┤        |:---:|---|---|        ──────────        --- (a Markdown rule
    # between a copy's rows; a mark of an empty cell is shorter: — · ——)
    Row(
        LineKind.TABLE_RULE,
        _compile(
            r"""(?=[^─━═┄┈]*+[─━═┄┈])[┌┬┐├┼┤└┴┘─━│┃═║╔╦╗╠╬╣╚╩╝╞╪╡╟╫╢┏┳┓┣╋┫┗┻┛┄┈+\s]++
            | \|?(?:\s{0,3}:?-{3,}:?\s{0,3}\|)++\s{0,3}(?::?-{3,}:?)?
            | -{3,} | [-=_*—]{5,}"""
        ),
    ),
    # [打印本页] [关闭窗口]        当前位置:首页 > 政务公开 > 政策文件        通知.jpg        字号:大 中 小
    # 【打印】 【字体:        时间 : 2021-05-14 22:01:43 来源 : 本网原创稿        时间: 2023-02-21
    # 来源: 某县人民政府 (a page's own fields; those the page's metadata rows hold, 发布日期: …, are META)
    # 网站标识码:1101000031        上一篇:关于印发…的通知        技术支持:…
    # 扫一扫在手机上查看当前页面        分享：        分享: 微信 微博
    # 政务微信        政务微博        × (a share button and the close mark of its pop-up, a line each)
    # 法搜网--中国法律信息搜索网 (a site's banner)
    # 【我要纠错】  【打印本页】  【关闭窗口】 (buttons the list above does not name, beside one it does)
    # 《某县…方案.docx》由会员分享，可在线阅读，更多相关《…》请在某某文库上搜索。 (DOC_SITE_PREVIEW)
    # 下载后可任意编辑 (a document site's watermark, cut out of a line that lost its breaks: _GLUED_MARKER)
    # 附件下载：某县2025年方案.docx        相关附件：…        方案.pdf (a page's download link; never the notice's own
    # 附件：….xlsx or a label's value)
    Row(
        LineKind.CHROME,
        _compile(
            r"""(?:\[\s{0,2}(?:打印本页|打印|关闭窗口|关闭|返回顶部|返回|收藏|分享|复制链接|保存本页|下载|大|中|小|默认|字体|字号)
                \s{0,2}(?:\]|:[^\[\]]{0,40}+\]?)\s{0,4}){1,8}
            | (?:\[[^\[\]]{1,10}\]\s{0,4}){0,7}\[\s{0,2}(?:打印本页|打印|关闭窗口|关闭|返回顶部)\s{0,2}\]
              (?:\s{0,4}\[[^\[\]]{1,10}\]){0,7}\s{0,4}
            | .{0,80}?(?:当前位置|现在的位置|当前的位置|首页\s{0,3}[>»]|首页\s{0,3}&gt;).{0,300}
            | [^\s]{1,60}\.(?:jpe?g|png|gif|bmp|webp)
            | (?!附件|[^\s:]{1,12}:)[^\s]{1,60}\.(?:docx?|xlsx?|pdf|wps|zip|rar)
            | (?:附件下载|下载附件|相关附件|相关下载)\s{0,2}:.{0,200}
            | (?:字号|分享到|扫一扫|浏览次数|访问量|打印本页|关闭窗口)\b.{0,80}
            | 扫一扫.{0,20}?(?:手机|二维码|当前页|页面).{0,40} | 分享\s{0,2}:\s{0,3}(?:\S{1,6}\s{0,3}){0,6}
            | (?:政务)?(?:微信|微博)(?:公众号)? | [×✕✖]
            | \p{Han}{1,10}网\s{0,2}[-—]{1,2}\s{0,2}\p{Han}{2,30}网
            | 时间\s{0,2}:\s{0,2}(?:19|20)\d{2}-\d{1,2}-\d{1,2}[\d:\s]{0,12}来源\s{0,2}:.{0,80}
            | .{0,60}?(?:来源|发布时间|发表时间|发布日期|发表日期|浏览次数)\s{0,2}:
              .{0,80}?(?:来源|发布时间|发表时间|发布日期|发表日期|浏览次数|点击数|打印).{0,80}
            | (?:来源|文章来源)\s{0,2}:.{1,40}
            | (?:时间|发表时间|发表日期)\s{0,2}:\s{0,3}(?:19|20)\d{2}-\d{1,2}-\d{1,2}[\d:\s]{0,12}
            | (?!\d{1,3}\s{0,2}[.、]|\()[^>»›]{1,60}?\s{1,3}[>»›]\s{1,3}[^>»›]{1,60}?\s{1,3}[>»›]\s{1,3}.{1,200}
            | (?!\d{1,3}\s{0,2}[.、]|[一二三四五六七八九十]{1,3}[、是]|\()
              .{0,80}?(?:网站标识码|ICP备|ICP证|版权所有\s{0,2}[:©]|Copyright|©|上一篇\s{0,2}:|下一篇\s{0,2}:
                |网站地图|联系我们\s{0,2}[:|]).{0,200}
            | """
            + DOC_SITE_WATERMARK
            + r"""
            | """
            + _DOC_SITE
            + r""".{0,300}"""
        ),
        # each branch above holds one of these; the whole pattern costs ten times this search
        _compile(
            r"""^\[ | 当前位置|现在的位置|当前的位置|首页 | \.(?:jpe?g|png|gif|bmp|webp|docx?|xlsx?|pdf|wps|zip|rar)
            | 附件下载|下载附件|相关附件|相关下载
            | 字号|分享|扫一扫|浏览次数|访问量|打印本页|关闭窗口|来源|发布时间|发布日期|发表|^时间 | [>»›]
            | 微信|微博|^[×✕✖] | 网\s{0,2}[-—]
            | 网站标识码|ICP|版权所有|Copyright|©|上一篇|下一篇|网站地图|联系我们
            | 会员分享|用户上传|在线阅读|任意编辑"""
        ),
    ),
    # (此件公开发布)        (此件主动公开)        (本文有删减)
    Row(LineKind.PUBLICATION, _compile(r"\(\s{0,3}(?P<value>此件[^()]{1,12}|本文有删减|此件不公开)\s{0,3}\)")),
    # 鞍立政发〔2023〕2号        鞍立政发〔2023〕2号立山区人民政府关于印发 … 的通知        荻政发 [2024] 2号
    # 西政发〔20233 (a copy that lost 〕 and 号: kept as printed)
    # 发文字号青政办〔2024〕7号 (a law database's row, its key glued to the number)
    Row(
        LineKind.DOC_NUMBER,
        _compile(
            r"""\(?(?:发文字号|发文文号|文件编号)?(?P<value>[\p{Han}A-Za-z]{1,16}\s{0,3}[\[(]\s{0,3}(?:19|20)\d{2}\s{0,3}[\])]\s{0,3}\d{1,5}\s{0,3}[号號])\)?
            (?P<rest>.*)
            | (?P<value>\p{Han}{1,12}[发函办字]\s{0,3}\[\s{0,3}(?:19|20)\d{2}\d{1,4})"""
        ),
    ),
    # - 发文字号:蓼政办发〔2024〕12号        索引号 | 11341726X00/2024-0000036        成文日期:2024-02-27
    # 发布机构 区人民政府办公室 文    号 蔡政办〔2023〕1号 (two pairs of a metadata table, apart by spaces)
    # 發文字號: 國辦函〔2014〕31號 發佈日期: 2014年03月10日 (two pairs, each with its colon)
    # 发文机关青禾市人民政府        效力级别地方规范性文件 (a law database's rows, each key glued to its value)
    # 【发文字号】 青政办发〔2007〕3号 (a law database's key in brackets)
    # 发文机构:  发文文号:  青政办发〔2020〕9号 (the first pair's value left empty)
    Row(
        LineKind.META,
        _compile(
            r"""\[\s{0,2}(?P<key>"""
            + spaced(METADATA_KEYS)
            + r""")\s{0,2}\]\s{0,3}:?\s{0,3}(?P<value>.{0,80})
            | (?P<key>"""
            + spaced(GLUED_METADATA_KEYS)
            + r""")(?P<value>[^\s:|].{0,80})
            | (?:[-*•]\s{0,3})?(?P<key>"""
            + spaced(METADATA_KEYS)
            + r""")\s{0,3}[:|]\s{0,3}(?P<value>.*?)(?:(?:\s{1,8}|(?<=[:|]\s{0,3}))(?P<key2>"""
            + spaced(METADATA_KEYS)
            + r""")\s{0,3}[:|]\s{0,3}(?P<value2>.*))?
            | (?P<key>"""
            + spaced(METADATA_KEYS)
            + r""")\s{1,8}(?P<value>\S.{0,80}?)\s{1,8}(?P<key2>"""
            + spaced(METADATA_KEYS)
            + r""")\s{0,3}[:]?\s{0,8}(?P<value2>.*)"""
        ),
    ),
    # 鞍山市立山区人民政府文件
    Row(LineKind.LETTERHEAD, _compile(r"(?P<value>[\p{Han}()]{2,30}文件)")),
    # 附件:1.… / 附件 / 附件1 / 附件2:
    Row(
        LineKind.ATTACHMENT,
        _compile(r"(?P<label>(?:相关)?附件\s{0,2}\d{0,2})\s{0,3}(?::\s{0,3}(?P<value>.*))?"),
    ),
    # 抄送:市委办公室,市人大常委会办公室。        璋城市人民政府办公室　　　2024年4月1日印发
    Row(
        LineKind.IMPRINT,
        _compile(
            r"(?:抄送|抄报)\s{0,3}:.*|.{0,60}?\d{4}\s{0,2}年\s{0,2}\d{1,2}\s{0,2}月\s{0,2}\d{1,2}\s{0,2}日\s{0,3}印发"
        ),
    ),
    # 2023年3月28日        2024 年 1 月 22 日        二〇二四年一月二十六日        2024-02-27
    # 2024327        2022121日 (a page that lost 年 and 月: month and day as the digits allow, 1–2 each)
    Row(LineKind.DATE, _compile(rf"(?P<value>{SIGNATURE_DATE})")),
    # 一是加强组织领导。区政府领导班子成员要发挥“头雁效应”…
    Row(LineKind.REQUIREMENT, _compile(r"(?P<label>(?P<num>[一二三四五六七八九十]{1,3})是)(?P<text>[^,、].*)")),
    # 一、以推动高质量发展为首要任务,提质量扩总量,全面推进经济稳中求进        第二部分 重点任务
    # 一、2023年全区经济社会发展主要预期目标 (a digit may follow 、, never the . of a decimal)
    Row(
        LineKind.SECTION,
        _compile(
            rf"""(?P<num>{HAN_NUMERAL}{{1,4}})\s{{0,3}}(?:、|\.(?!\d))\s{{0,3}}(?P<title>.*)
            | 第(?P<num>{HAN_NUMERAL}{{1,4}})(?:部分|章|篇)\s{{0,3}}(?P<title>.*)"""
        ),
    ),
    # (一)深化“放管服”改革        （十一）推进法治型政府建设
    Row(LineKind.SUBSECTION, _compile(rf"\(\s{{0,3}}(?P<num>{HAN_NUMERAL}{{1,4}})\s{{0,3}}\)\s{{0,3}}(?P<title>.*)")),
    # 1.努力实现地区生产总值增长6.2%左右。        12、…        １２．…        5. 空气质量…
    # 3.2025年5月底前完成砖瓦窑企业深度治理 (a year and 年 after the stop: no decimal, the task opens on a date)
    # 1。全面完成…目标任务。 (a news copy that set the full stop of its script after the number)
    # 1组织好元宵节戏曲晚会; · 1 2月26日召开春季造林大会; · 3 6个引领区建设高潮 (a copy that lost the stop:
    # `bare`, a task only among the numbers before and after it, see classify._bare_numbers_in_sequence)
    Row(
        LineKind.TASK,
        _compile(
            rf"""(?P<num>\d{{1,3}})
            (?:\s{{0,3}}{TASK_STOP}|。(?=\p{{Han}})
              |\s{{1,6}}(?=[\p{{Han}}“"《(])(?!{_COUNTED})
              |\s{{0,3}}\)(?=\p{{Han}})
              |(?P<bare>)(?=\p{{Han}})(?!{_COUNTED})
              |\s(?P<bare>)(?=\d{{1,3}}\s?{_COUNTED}))
            \s{{0,6}}(?P<text>.+)"""
        ),
    ),
    # (1)2024年5月底前完成企业自查自改;        （12）…        ⑴全年新增城镇就业2万人。
    # ②推广稻渔综合种养1.2万亩。 (circled numbers are numbered items too: levels.py tells their depth)
    Row(
        LineKind.NUMBERED_ITEM,
        _compile(
            r"""(?P<label>\(\s{0,2}(?P<num>\d{1,2})\s{0,2}\)|(?P<num>[⑴-⒇])(?![⑴-⒇])|(?P<num>[①-⑳])(?![①-⑳]))
            \s{0,3}(?P<text>.*)"""
        ),
    ),
    # ▲2024年6月底前完成平台需求梳理;        △…        • …
    Row(LineKind.SUB_ITEM, _compile(r"(?P<label>[①-⑳]|[▲△●◆◇■□•])\s{0,3}(?P<text>.*)")),
    # ——推动制造业提质增效
    Row(LineKind.TOPIC, _compile(r"(?:—{1,2}|-{2})\s{0,3}(?P<title>[^—\-\s].*)")),
    # 牵头单位:区发改局        責任單位：…        牵头领导:顾承泽        完成时限:2024年4月底前
    # 【牵头单位】区发改局        牵头单位 | 区教育局 (a known label and its value apart by a bar, as a WeChat
    # article's card prints them; never a two-column header: 牵头单位 | 配合单位)
    Row(
        LineKind.FIELD,
        _compile(
            rf"""(?P<label>{FIELD_LABEL}|{UNKNOWN_LABEL})\s{{0,3}}:\s{{0,3}}(?P<value>.*)
            | {BRACKETED_LABEL}\s{{0,3}}(?P<value>.*)
            | (?P<label>{FIELD_LABEL})\s{{0,3}}\|\s{{0,3}}(?!{FIELD_LABEL})(?P<value>[^|\s][^|]*)"""
        ),
        _compile(r"[:\[|]"),  # a label ends in a colon or a bar, or stands in brackets
    ),
    # 立山经济开发区,各街道办事处,各区直部门,各有关单位:
    # (never a lead-in to what follows: …,现将1至7月民生工程实施进度通报如下: is the notice's text, and
    # 区本级重点工作责任分解: names the plan below it)
    Row(LineKind.RECIPIENTS, _compile(r"(?P<value>[^:。;]{2,400}?)(?<!如下|分解|方案|清单|分工)\s{0,3}:")),
    # ?。ǘ┩推进东部基地建设…（牵头单位:…）: a marker a copy garbled: a lost byte, then the bytes of （二） read as
    # other characters, a pinyin gloss after one (?。ㄈ┲?(chuàng)建…). Text, whose number a task among
    # numbered ones takes from its place.
    Row(LineKind.TEXT, _compile(r"(?P<label>[?？\ufffd][^\p{Han}]{1,16}?)(?=\p{Han})(?P<text>.+)")),
)

# …（牵头单位：市商务局）二是培育夜间经济… · …（县水利局牵头）3.推进… · …（县政务局牵头）。二是… ·
# …（市市场监管局牵头负责）（2）完善企业登记…: a copy that lost a line break between two tasks, or points or items
# run into one paragraph, each closed by its units; the line is read as two where a bracket (and the stop after
# it) is followed by the next task's marker or the next item's ((2) · ⑵ · ②, never a first one).
NEXT_TASK_AFTER_BRACKET = compile_pattern(
    rf"""[)\]][。;]?(?=\s{{0,3}}(?:[一二三四五六七八九十]{{1,3}}是|\d{{1,3}}{TASK_STOP}|\([一二三四五六七八九十]{{1,3}}\)
        | (?P<item>\((?!1\))\d{{1,2}}\)|[⑵-⒇②-⑳])))""",
    regex.VERBOSE,
)
# 1.深化商事制度改革。（1）推行企业开办…（市市场监管局牵头负责）（2）…: the first of the items run into a task's line,
# after its title's stop, where the items that follow it close with their own units
FIRST_ITEM_AFTER_TITLE = compile_pattern(r"(?<=。)\s{0,3}(?=\(1\)|⑴|①)")

# A task's number is followed by its text, not by another figure: 地铁 3、4 号线 · 完成 1、2 期 list figures.
_NO_FIGURE = r"(?!\s{0,2}\d)"
# 1.修订…清单。牵头单位:县应急管理局;责任单位:县安委会各成员单位。2.开展…: a news copy that lost the line
# breaks between tasks whose fields follow their text on the same line; the line is read as one piece per task,
# cut after the stop that ends a piece holding a labelled field (or the spaces a page source's <br> reads as),
# where the next task's number follows (the number must be the next one, so 1.2万 or a list of points in a
# field's value never cuts).
NEXT_TASK_AFTER_FIELD = compile_pattern(
    rf"(?:[。;]|(?<=\S)\s{{4,}})(?=\s{{0,3}}(?P<number>\d{{1,3}})(?:{TASK_STOP}|。(?=\p{{Han}})){_NO_FIGURE})"
)
# 二、深化专项整治 4.开展…。牵头单位:… · (四)简化登记,提高效率。 12.简化…(牵头单位:…): a heading whose first task
# ran into its line after a space.
HEADING_THEN_TASK = compile_pattern(
    rf"\s{{0,3}}(?:[一二三四五六七八九十]{{1,3}}、|\([一二三四五六七八九十]{{1,3}}\))[^。:;\s\d]{{2,40}}。?"
    rf"(?P<cut>\s+)(?=\d{{1,3}}{TASK_STOP}{_NO_FIGURE})"
)
LABELLED_FIELD = compile_pattern(rf"{FIELD_LABEL}\s{{0,3}}:")
# 4.开展… · 12、推进…: the number a piece of a line opens with (not ① or a year's digits)
LEADING_NUMBER = compile_pattern(r"\s*(?P<number>[0-9]{1,3})(?![0-9])")
# 甲市人民政府公报 2018年第5期 11.调整…(牵头单位:X) 12.…: a page's running header glued before the first task of a
# line that lost its breaks; the task opens after the space before its number, one below the next task's.
# …请抓好落实。1.开展…（X牵头）。2.…: or straight after the sentence of the notice's text before it.
TASK_AFTER_TEXT = compile_pattern(rf"(?:\s+|(?<=[。:]))(?=(?P<number>\d{{1,3}}){TASK_STOP}{_NO_FIGURE})")

# …关于印发…若干措施的通知(青府〔2023〕17号): a title that prints its document number in brackets after it, read as
# two lines, the title and the number (never a sentence citing one: 根据《…的通知》(某政办〔2024〕3号))
TITLE_THEN_DOC_NUMBER = _compile(
    rf"(?<=(?:{TITLE_ENDINGS}))\s{{0,3}}(?=\(\p{{Han}}{{1,16}}\s{{0,3}}\[\s{{0,3}}(?:19|20)\d{{2}}\s{{0,3}}\]"
    r"\s{0,3}\d{1,5}\s{0,3}[号號]\)\s*$)"
)

# 青石县人民政府办公室 2025年3月8日 · 某县发展和改革局　　二〇二五年一月五日: a signature printed on one line,
# the body and its date apart by spaces (a lost break); read as the signer's line and the date's.
SIGNER_THEN_DATE = _compile(rf"[\p{{Han}}()]{{2,40}}?(?:{SIGNING_BODY_ENDINGS})(?P<cut>\s{{1,20}}){SIGNATURE_DATE}")
# …（镇综合执法队牵头）。芦湾镇人民政府 2025年3月6日: the same signature run onto the end of the last task's
# sentence; it opens after the sentence's stop or bracket. Sought in the line's last SIGNATURE_REACH characters.
SIGNATURE_AFTER_SENTENCE = _compile(rf"(?<=[。)\]])(?={SIGNER_THEN_DATE.pattern}\s{{0,3}}$)")
SIGNATURE_REACH = 120  # a body's name (≤ 47), the spaces (≤ 20) and a date (≤ 25), with room to spare

# （一）增强创新能力。推进示范区建设…（分管副省长负责，省科技厅牵头）。实施攻关项目…（省科技厅等负责）。: a
# 分工意见 that runs a heading's paragraphs into its line. The heading's run-in title, a short sentence
# with no bracket, ended by 。 or a colon ((一)抓好重大项目建设：全年实施…（县发改局负责）；加快…); each clause
# after it ends at a role bracket closing its sentence (…牵头）。 · …牵头）；) or the line, or before a comma where the
# next clause of the sentence closes with one too (…下同），建设一批众创空间（省科技厅牵头）。).
RUN_IN_TITLE = compile_pattern(r"\s{0,6}\([一二三四五六七八九十]{1,3}\)[^()\[\]。:]{1,40}[。:]")
# 一、扩大有效投资。一是加快…（X负责）。二是…: a section's run-in title over points that carry their own units
RUN_IN_SECTION_TITLE = compile_pattern(r"\s{0,6}[一二三四五六七八九十]{1,3}、[^()\[\]。:]{1,40}。")

# （一）强化项目支撑。一是加快征收扫尾… with the point's units on the lines below or closing it: the heading
# runs its first 一是 point into its line (a township's way); the point is read as a line of its own.
RUN_IN_POINT = compile_pattern(r"\s{0,3}[一二三四五六七八九十]{1,3}是")

# A page that lost every line break of its notice, each replaced by a space: "…贯彻执行。 某县人民政府
# 2024年3月1日 (此件公开发布) 重点工作责任分解 一、张三县长牵头重点工作 1.推进… 责任单位:县甲局 2.…".
# Such a line is long and holds several spaces before a heading or a role label (a row of a table whose
# columns stand apart by spaces may hold "1.… 2.… 3.…" in a cell, but not those); it is read as one line
# per piece, cut at those spaces and before a task's number, after a sentence, a bracket, a date or a list
# of recipients (…,县直各单位: 《…), and before a date.
_DATE = r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日"
COLLAPSED_MIN_LENGTH = 300  # a notice's longest paragraphs run to about this many characters
COLLAPSED_MIN_MARKERS = 3  # fewer is a paragraph that happens to mention 一、 or 1.
_COLLAPSED_MARKER = rf"""\s+(?=[一二三四五六七八九十]{{1,3}}、 | \([一二三四五六七八九十]{{1,3}}\)
    | {FIELD_LABEL}\s{{0,3}}:)"""
# …责任单位:市建设指挥部 项目责任人:尹某 实际完成情况:… : a label the vocabulary does not know, a few words
# and a colon after a space, opens a line of its own too, so the value before it ends there.
_COLLAPSED_OTHER_LABEL = r"\p{Han}{2,8}:(?=\S)"
# …（省发展改革委牵头） 2.落实… · …（县水利局牵头）。 3.… : a task's number after a bracket (and its stop),
# a marker too when the bracket is of
# roles (a deadline's （2月底前） is not) and the line holds a heading or a label as well.
_COLLAPSED_TASK_MARKER = rf"(?<=[)\]]。?)\s+(?=\d{{1,3}}{TASK_STOP})"


# Above its first heading such a line is the header and the notice: an issuer, a title that ran over
# two lines, a document number, the recipients. There a space between words stands for a lost break too;
# not one beside a figure (2024 年 3 月, 5 号), between letter-spaced characters (某 县 人 民 政 府), inside
# a book title (《某县 5G 网络建设 …》) or after a comma of a list.
_COLLAPSED_HEADER_CUT = r"(?<=[^\s\d,、])(?<!(?:^|\s)\S)\s+(?=[^\s\d年月日号]\S)(?![^《》]*》)"


@functools.cache
def collapsed_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    """The markers that tell a collapsed line (headings and labels; task numbers after a bracket), the
    cuts that split it, and those that split the header above its first heading. Compiled when a line
    is first long enough to be one (most notices have none), so a parse pays for them only then."""
    marker = compile_pattern(_COLLAPSED_MARKER, regex.VERBOSE)
    cuts = rf"""{_COLLAPSED_MARKER} | \s+(?=\d{{1,3}}{TASK_STOP} | {_DATE} | {_COLLAPSED_OTHER_LABEL})
            | (?<=[。;!?)] | {_DATE} | [,、][^\s:]{{1,30}}:)\s+"""
    return (
        marker,
        compile_pattern(_COLLAPSED_TASK_MARKER),
        compile_pattern(cuts, regex.VERBOSE),
        compile_pattern(cuts + " | " + _COLLAPSED_HEADER_CUT, regex.VERBOSE),
    )


# 统一、 · 合一、 · 之一、 · 周一、: a word that ends with a numeral, never a section's marker glued after the word
# before it
_WORD_BEFORE_A_NUMERAL = "统合唯之第同万不单逐划专归整周"
# 实施专项整治工作(一)建筑施工场地专项整治…。牵头领导:某副局长责任部门:建工科、安全站(二)小街巷专项整治… ·
# …制定本实施方案。一、加强要素支持(一)强化财税政策保障。… · …任务分工一、着力推动…1、推动…县市场监管局二、…:
# a document site's text that lost its line breaks with nothing in their place (or a space or two: …如下: 一、…
# (一)…。 1.…), every marker glued to the words before it. Such a line is long and holds headings in sequence
# together with a marker of another kind (a paragraph may list (一)(二)(三) inline, never beside a role label or a
# 一、 after a stop; a (一) after a colon, a semicolon, a comma or a 、 lists inline, as 一、二、三产业 and 第2、 do;
# a marker counts only in its sequence, and never the one a line opens with, classify._glued_pieces); it is cut
# before each marker that stands outside brackets and quotes, and around the
# site's page footer (第 1 页共 5 页 · 下载后可任意编辑), which the CHROME and PAGE_NUMBER rows then read.
_GLUED_MARKER = rf"""(?<=[。;:!?)]\s{{0,3}}|[^\P{{Han}}{_WORD_BEFORE_A_NUMERAL}])
      (?P<section>[一二三四五六七八九十]{{1,3}})、(?![一二三四五六七八九十]{{1,3}}、)
    | (?<![:;,、]\s{{0,3}})\((?P<subsection>[一二三四五六七八九十]{{1,3}})\)
    | (?<![\d.第])(?P<task>\d{{1,3}}){TASK_STOP}{_NO_FIGURE}
    | (?P<label>{FIELD_LABEL})\s{{0,3}}:
    | (?P<footer>第\s{{0,3}}\d{{1,4}}\s{{0,3}}页\s{{0,3}}共\s{{0,3}}\d{{1,4}}\s{{0,3}}页|{DOC_SITE_WATERMARK})"""
GLUED_MIN_MARKERS = 2  # a heading in sequence and a marker of another kind: one of each at least
# (一) · 二、 · 3. : what a line must hold GLUED_MIN_MARKERS of before the whole pattern is run over it (a cheap
# search: most long lines are one paragraph and hold none)
GLUED_HINT = compile_pattern(r"\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、|(?<!\d)\d{1,3}[.、](?!\d)")
GLUED_MIN_LENGTH = 120  # a heading, a task's sentence or two and its units: shorter lines never lost a break


@functools.cache
def glued_markers() -> regex.Pattern[str]:
    """The markers of a line that lost its breaks with nothing in their place (see _GLUED_MARKER); compiled
    when a line is first long enough to be one."""
    return compile_pattern(_GLUED_MARKER, regex.VERBOSE)


# A Markdown heading, quote or list marker in front of a line of a page saved as Markdown:
# "# 蓼城县人民政府办公室关于印发…的通知", "> 注:…", "### 蓼城县…任务清单"; the bar a WeChat article sets
# before its headings: "▍一、稳住经济增长基本盘"; or the star a news page sets before a task's number: "★1.…";
# or the question marks a copy left for the full-width spaces that indented a heading: "? ?二、重点任务"
MARKDOWN_PREFIX = _compile(
    r"""(?:\#{1,6}|>)\s{1,3} | [▍▌▎▋]\s{0,3} | [★☆]\s{0,2}(?=\d{1,3}(?:\.|、))
    | [?？](?:\s?[?？]){0,3}\s{0,2}(?=[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[.、])"""
)

# Separators of a table row: box-drawing verticals, Markdown/pipe bars, tabs. A pipe row has bars at both
# ends (| 1 | 推进… |), or a bar with spaces around it (序号 | 重点工作), or two bars or more with none
# (1|推进甲项工作。|何某|党政办|6月底前: a row copied with bars between its cells alone).
BOX_VERTICAL = "│┃║"
PIPE_ROW = _compile(r"\|.*\||[^|]{1,200}\s\|\s[^|].*|[^|\s][^|]{0,200}\|[^|]{1,400}\|[^|].*")
