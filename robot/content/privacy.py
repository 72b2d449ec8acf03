"""Personal data in published text: resident ID numbers and personal mobile numbers.

**ID numbers** (居民身份证号码, GB 11643-1999): 17 digits and a check character (a digit or X),
standing alone (not part of a longer run of digits or Latin letters: order numbers, 统一社会信用代码).
A candidate counts only when all of these hold, which keeps 18-digit serial numbers out:

- region (GB/T 2260): the first two digits are a province-level code (11 … 65, 71 台湾,
  81 香港, 82 澳门, 83 for 港澳台居民居住证). The next two (the city) must not be ``00``; for
  71/81/82/83 the whole code must be ``xx0000``. The county digits are not checked against the
  full GB/T 2260 table: it changes every year, and cards keep codes of counties since merged or
  renamed, so an up-to-date table would reject real, older cards (pragmatic, deliberately loose);
- birth date (digits 7-14): a real calendar date from 1900-01-01 to ``today``;
- check character: ISO 7064 MOD 11-2 over the first 17 digits (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2).

A random 18-digit number passes all three about once in several thousand; a date run such as
``20240912`` or a 19-digit serial never does. Full-width digits (３６０７…) are read as digits.
Masked forms (``3607**********1234``, ``360721********1234``) are no hits: the stars break the run.

**Mobile numbers**: 11 digits ``1[3-9]xxxxxxxxx``, optionally written ``138-1234-5678`` /
``138 1234 5678`` or with ``+86``/``0086`` before them, not inside a longer run of digits or letters.
Landlines (``0797-7177965``), service numbers (``400-…``, ``800-…``) and short hotlines (``12345``)
never have that shape. A government page legitimately prints mobiles of offices and duty lines,
so :func:`find_mobiles` keeps, by default, only the ones that look *personal*:

Decision rule (:func:`_personal_reason`): *whose* number it is, judged by its context — a unit's
or a window's published contact line is public information, a person's mobile in a list of people
is a leak. First that applies:

1. **a row of people**: the line (a table row: the browser's innerText puts one row on a line)
   also holds a valid ID number → personal (``id-row``), whatever the headings or cue words say;
2. **the nearest owner cue** in the 20 characters before the number (before the first of two
   numbers sharing a label: ``咨询电话：0797-7177965、139…``), on the same line:

   - a person's role (户主, 申请人, 本人, 家属, 家长, 监护人, 法定代表人, 当事人, 举报人, 投诉人,
     报名人, 服务对象, 低保户, …) → personal;
   - an office-use word (值班, 应急, 咨询, 热线, 专线, 办公, 服务, 举报, 投诉, 监督, 受理, 招生,
     报名, 客服, 传真, 窗口, …) that *labels* the number (``咨询电话：``, ``服务热线（手机）：``,
     ``举报请拨打``: a phone word, a colon or 请拨 after it) → the office's line, even on a line
     that names someone elsewhere (``窗口负责人：张敏 咨询电话：139…``); a bare word right before
     the number (``民政窗口 139…``) may be a table cell and labels nothing; with a person's name
     between it and the number
     (``值班领导：张三 138…``) → that person's, unless the row is a window's (below); an office
     word inside a cell (``应急避险培训``) decides nothing: the row does (step 4);
   - a contact role a unit or a person can fill (联系人, 负责人, 经办人, 承办人, 联络员, 网格员,
     监督员, 值班人员, …): a unit or a post named after it (``联系人：县防汛办``, ``王老师``,
     ``李主任``: surname + title, as an office's notice names its staff) → the row decides; a
     person's name (``联系人：张三 138…``) or no one (``联系人电话：138…``) → personal, **unless the
     contact block around the line is a unit's** (see below): then the person is the unit's
     contact and the number its work line;

   the longest cue wins where they overlap (举报人 is a person, 举报 an office; 值班人员 a role);
3. **only a phone word** (手机, 移动电话) says a number is a mobile, not whose: the words before it
   decide — 户主手机/张三手机 → personal, 值班手机/应急值班手机/县防汛办手机/招生咨询专线（手机）
   → office (the owner cue or the unit before it); a bare ``手机：138…`` → personal, except in a
   line opening with 联系方式/联系电话/咨询方式 (a notice's contact line, addressed to the public)
   or in a unit's contact block, which go on to the checks below;
4. otherwise a person's name right before it (a common surname and one or two more Chinese
   characters, e.g. ``张三 13812345678``, ``王某某：138…``; a run ending like a unit, ``黄陂镇``, is
   no name) or a name-like cell on the line (``张三``, ``张*``, ``李某``: the rows of a 公示 list)
   → personal, **unless the row is a unit's or a window's**: the table's heading row (the nearest
   line above of short, digit-free cells naming a phone column) gives every phone column an
   office label (咨询电话, 服务电话, 值班电话), or has 窗口/办公时间/办理事项 and no heading about
   people (姓名, 户主, 身份证, 性别, 补贴, 救助, 低保 …); with no heading row, the row itself holds
   office hours (``8:30-12:00``, 办公时间, 工作日, 周一至周五) or a service place (窗口, 便民服务中心,
   服务站, 办事大厅). A list of people under people's headings stays personal whatever follows it
   (the 监督电话 and office hours closing a 公示 do not reach its rows);
5. with nobody named on the line: a person named right before a bracket that holds the number
   with no office word before it inside (``网格员王芳（网格编号…，联系电话138…）``, running text)
   → personal (``name``); a bare phone label (``联系电话：``) under ``label：value`` fields of which
   one of the three lines above gives a valid ID number under an ID label (the 当事人 block of a
   行政处罚决定书: ``身份证号码：… / 经营场所：… / 联系电话：138…``) → personal (``id-record``);
6. anything else is an office's or nobody's number.

**A unit's contact block**: the line and two lines either side (at most 160 characters each way)
hold office hours, a service place, or a unit named as the one to contact (联系单位, 咨询单位,
承办单位, 办公地址, 办理地点, 办事处), and the line is not a row under people's headings. This is
how a 便民服务 window or a 办事指南 prints its contact (``办公时间：工作日8:30-12:00 14:30-17:30
咨询电话：139…``; ``联系人：李敏 手机：139…`` under ``办理地点：镇便民服务中心3号窗口``). A notice's
bare ``联系人：张三 138…`` with none of these stays personal: nothing says the mobile is a work line,
and the robot advises publishing an office phone instead (the rule's hint). "5个工作日" (a deadline)
is no office hours.

``find_mobiles(text, personal=False)`` returns every mobile-shaped number; :func:`mask_personal`
masks all of them (for logs and messages, better one masked office number too many).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date

# --- normalisation -------------------------------------------------------------------------

_FULLWIDTH = {0xFF10 + i: ord("0") + i for i in range(10)} | {0xFF38: ord("X"), 0xFF58: ord("x")}


_HAS_FULLWIDTH = re.compile("[\uFF10-\uFF19\uFF38\uFF58]")


def _ascii_digits(text: str) -> str:
    """Full-width digits and Ｘ as ASCII: a 1:1 character mapping, so offsets stay valid. (translate
    looks every character up; most pages have none of them, and a search says so at C speed.)"""
    return text.translate(_FULLWIDTH) if _HAS_FULLWIDTH.search(text) else text


# --- ID numbers ----------------------------------------------------------------------------

PROVINCES = frozenset(
    {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
     50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83}
)
_WHOLE_REGION = frozenset({71, 81, 82, 83})  # 台湾, 香港, 澳门, 港澳台居民居住证: only xx0000
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"

_ID_RE = re.compile(r"(?<![0-9A-Za-z])\d{17}[0-9Xx](?![0-9A-Za-z])")
_MOBILE_RE = re.compile(
    r"(?<![0-9A-Za-z+])(?<!\d-)(?:\+86[- ]?|0086[- ]?)?(1[3-9]\d)([- ]?)(\d{4})\2(\d{4})(?![0-9A-Za-z])"
)
_CONTEXT = 10  # characters of context either side of a hit


def check_char(first17: str) -> str:
    """The GB 11643 check character for the first 17 digits."""
    return _CHECK[sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True)) % 11]


def plausible_region(code: str) -> bool:
    """A 6-digit administrative code that can head an ID number (see the module notes)."""
    if len(code) != 6 or not code.isdigit():
        return False
    province = int(code[:2])
    if province not in PROVINCES:
        return False
    if province in _WHOLE_REGION:
        return code[2:] == "0000"
    return code[2:4] != "00"


def birth_date(number: str) -> date | None:
    try:
        return date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return None


def is_valid_id(number: str, today: date | None = None) -> bool:
    """An 18-character resident ID number with a valid region, birth date and check character."""
    number = _ascii_digits(number)
    if len(number) != 18 or not number[:17].isdigit() or number[17] not in "0123456789Xx":
        return False
    if not plausible_region(number[:6]):
        return False
    born = birth_date(number)
    if born is None or born.year < 1900 or born > (today or date.today()):
        return False
    return check_char(number[:17]) == number[17].upper()


def mask_id(number: str) -> str:
    """``360721199001011234`` → ``3607**********1234``: the region's first 4 and the last 4 kept."""
    n = number.strip()
    if len(n) <= 8:
        return "*" * len(n)
    return n[:4] + "*" * (len(n) - 8) + n[-4:]


def mask_mobile(number: str) -> str:
    """``13812345678`` (or ``138-1234-5678``, ``+86 138…``) → ``138****5678``."""
    digits = re.sub(r"\D", "", _ascii_digits(number))
    if digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    elif digits.startswith("0086") and len(digits) == 15:
        digits = digits[4:]
    if len(digits) != 11:
        return "*" * len(digits)
    return digits[:3] + "****" + digits[-4:]


@dataclass(frozen=True, slots=True)
class IdHit:
    """An unmasked ID number in a text. The number itself is not kept: ``text[start:end]``."""

    start: int
    end: int
    masked: str  # 3607**********1234
    context: str  # ~20 characters around it, every number in it masked


@dataclass(frozen=True, slots=True)
class MobileHit:
    """An unmasked mobile number in a text (``text[start:end]``, separators and +86 included)."""

    start: int
    end: int
    masked: str  # 138****5678
    context: str
    reason: str = ""  # why it looks personal: cue:联系人 | name | id-row | id-record | table-row ('' with personal=False)


def find_id_numbers(text: str, today: date | None = None) -> list[IdHit]:
    """Every valid, unmasked 18-digit resident ID number in ``text``, in order."""
    norm = _ascii_digits(text)
    hits = []
    for m in _ID_RE.finditer(norm):
        if is_valid_id(m.group(), today):
            hits.append(IdHit(m.start(), m.end(), mask_id(m.group()), _context(text, m.start(), m.end(),
                                                                              mask_id(m.group()))))
    return hits


# --- mobiles: is it a person's? --------------------------------------------------------------

# phone words: say a number is a mobile, not whose it is (户主手机 vs 值班手机: the word before decides)
_PHONE_WORDS = ("手机", "移动电话")
# roles that make a number a person's whatever follows
_PERSON_ROLES = (
    "姓名", "个人电话", "本人电话", "户主", "申请人", "本人", "家属", "家长", "监护人", "紧急联系", "法定代表人",
    "法人代表", "当事人", "被执行人", "学生", "患者", "村民", "居民", "贫困户", "低保户", "受助人", "获奖人",
    "中标人", "代理人", "举报人", "投诉人", "报名人", "报名者", "咨询人", "服务对象", "求助人", "失主",
)
# roles a unit or a person can fill: whoever is named after the role decides
_CONTACT_ROLES = (
    "联系人", "负责人", "经办人", "承办人", "责任人", "联络人", "联络员", "网格员", "信息员", "协管员", "监督员",
    "值班员", "值班人员",
)
# an office's number: duty lines, hotlines, consultation, complaints, enrolment …
_OFFICE_CUES = (
    "热线", "专线", "咨询", "值班", "应急", "办公", "服务", "举报", "投诉", "监督", "受理", "客服", "传真", "座机",
    "总机", "招生", "报名", "业务", "公务", "对外", "办事", "窗口", "24小时",
)
_CUE_RE = re.compile("|".join(sorted(map(re.escape, _PHONE_WORDS + _PERSON_ROLES + _CONTACT_ROLES + _OFFICE_CUES),
                                     key=len, reverse=True)))
_PHONE = frozenset(_PHONE_WORDS)
_OFFICE = frozenset(_OFFICE_CUES)
_CONTACT = frozenset(_CONTACT_ROLES)
# the hundred or so commonest surnames cover the great majority of names in 公示 lists
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "赖温易钟欧阳常康施文牛樊葛邢安齐伍庞颜倪洪鲁凌聂章"
)
_HAN = "\u4e00-\u9fff"
_NAME_TAIL = rf"[{SURNAMES}][{_HAN}]{{1,2}}[\s:：,，、（(|/]*$"
_NAME_BEFORE = re.compile(rf"[^{_HAN}]{_NAME_TAIL}")
_NAME_AT_START = re.compile(rf"^{_NAME_TAIL}")
_NAME_CELL = re.compile(rf"^[{SURNAMES}](?:[{_HAN}]{{1,2}}|[*＊×xX某]{{1,2}})$")
_HAN_RUN = re.compile(rf"[{_HAN}]+[*＊×xX]{{0,2}}")
_PERSON_RUN = re.compile(rf"[{SURNAMES}](?:[{_HAN}]{{1,2}}|[*＊×xX某]{{1,2}})")
# a staff member named by surname and title (王老师, 李主任): a post, as on an office's notice
_TITLED = re.compile(
    rf"[{SURNAMES}](?:老师|主任|科长|股长|局长|所长|站长|同志|女士|先生|经理|医生|干事|书记|校长|院长|队长|部长|处长|组长|专员|工)"
)
# a unit or department: a run of characters ending like one (县防汛办, 县教育体育局招生办, 黄陂镇, 医政科)
_UNIT_END = re.compile(
    r"(?:办公室|委员会|中心|政府|街道|社区|公司|医院|学校|派出所|大队|中队|"
    r"[局办委厅处科股室站所队院校馆部组会社镇乡村县市区])$"
)
# words that open with a surname but name no one (a cell 夏季 or 周一 in a window's hours is no person)
_NOT_NAMES = frozenset({
    "方式", "方法", "白天", "常年", "万元", "于是", "向社会", "全天", "文件", "安全", "高中",
    "周一", "周二", "周三", "周四", "周五", "周六", "周日", "周末", "夏季", "夏令", "高龄", "高校", "高考", "高速",
    "任务", "严禁", "严格", "严重", "易地", "文化", "文体", "金融", "金额", "林业", "林地", "武装", "安置", "安排",
    "安监", "常住", "程序", "方便", "方案", "余额", "田间", "龙头", "章程", "黄金", "范围", "马上", "齐全", "杜绝",
    "陆续", "施工", "洪涝", "凌晨", "何时", "康复", "顾问", "钱款", "石材", "万人", "万户", "万亩", "付款", "付费",
})
_LINE_CONTACT = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|\d+[、.．])?\s*(?:联系方式|联系电话|咨询方式|联系我们|联系地址)")

# --- whose line: a unit's contact or a person's ----------------------------------------------
# office hours: a time range (8:30-12:00, 8:30—17:30, 8:00至12:00) or the words for them; not 5个工作日
_HOURS = re.compile(
    r"\d{1,2}[:：]\d{2}\s*[-－—–~～至到]{1,2}\s*\d{1,2}[:：]\d{2}"
    r"|(?:办公|工作|服务|受理|办理|上班|咨询|接待|窗口|值班)时间|(?<![个\d])工作日(?!内)"
    r"|(?:周|星期)一至(?:周|星期)?[五六日天]|节假日(?:除外|休息)"
)
# a place where the public is served (关闭窗口 is a browser button)
_SERVICE_ROW = re.compile(
    r"(?<!关闭)(?<!关闭本)窗口|服务(?:中心|站|大厅|点|室|台)|办事大厅|政务大厅|受理(?:点|处|大厅)|代办(?:点|站)"
)
# a unit named as the one to contact, or its office: 联系单位：县民政局, 办公地址：…, 街道办事处
_UNIT_CONTACT = re.compile(r"(?:联系|承办|受理|咨询|实施|主管|责任)(?:单位|部门|科室|机构)|办公(?:地址|地点)|办理地点|办事处")
# what may stand between an office word and its number when it labels it: 咨询电话：, 服务热线（手机）：, 举报请拨打
_LABEL_TAIL = re.compile(
    r"^(?:(?:电话|手机|号码|热线|专线|座机|方式|号|请拨打|请拨|拨打|请致电|致电|请联系)[/、或]?)*\s*"
    r"(?:[（(][^）)]{0,20}[）)])?\s*[:：]?\s*$"
)
# another phone number just before this one, sharing its label (0797-7177965、139…)
_PREV_NUMBER = re.compile(r"(?:\d[\d\-－— ]{5,}\d|1[3-9]\d{9})\s*[/、，,或]?\s*$")
# a table's heading row: one column is a phone's; headings about people or about an office
_PHONE_COLUMN = re.compile(r"电话|手机|联系方式|号码")
_HEAD_PEOPLE = re.compile(
    r"姓名|户主|申请人|身份证|性别|出生|年龄|家庭|住址|监护人|学生|获奖|补贴|补助|救助|发放|保障|低保|贫困|人口"
)
_OFFICE_PHONE = re.compile(r"^(?:咨询|服务|办公|值班|监督|投诉|举报|窗口|业务|办事)+(?:电话|热线|手机|专线)")
_HEAD_OFFICE = re.compile(r"窗口|(?:咨询|服务|办公|值班|监督|投诉|举报)(?:电话|热线|手机)|(?:办公|工作|服务|受理)时间|(?:办理|服务)事项|办公地")
_HEADER_REACH = 40  # lines above a row searched for its table's heading row
_BLOCK_REACH = 160  # characters either side of a line searched for its contact block


def _holder(run: str) -> str:
    """What a run of Chinese characters names: 'person' (张三, 赵某某), 'title' (王老师), 'unit'
    (县防汛办), or '' (a label, a word)."""
    if _TITLED.fullmatch(run):
        return "title"
    if len(run) >= 2 and _UNIT_END.search(run):
        return "unit"
    if _PERSON_RUN.fullmatch(run) and run not in _NOT_NAMES:
        return "person"
    return ""


def _holders(filler: str) -> list[str]:
    """The holders named in ``filler``, nearest the number first."""
    return [h for h in (_holder(m.group()) for m in reversed(list(_HAN_RUN.finditer(filler)))) if h]


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return line_start, len(text) if line_end < 0 else line_end


def _header(text: str, line_start: int) -> str:
    """The heading row of the table a row belongs to: the nearest line above (within
    ``_HEADER_REACH`` lines) of three or more short cells, with no digit, one of them naming a phone
    column (序号 户主姓名 身份证号码 联系电话 / 窗口名称 工作人员 办公时间 咨询电话); '' when none.
    A line of prose (a 。, or a lead-in ending in ：) ends the search: another table above it is not
    this row's."""
    pos = line_start
    for _ in range(_HEADER_REACH):
        if pos <= 0:
            break
        prev = text.rfind("\n", 0, pos - 1) + 1
        line, pos = text[prev:pos - 1], prev
        if "。" in line or line.rstrip().endswith(("：", ":")):
            break  # prose (…公示如下：): the table, if any, starts below it
        cells = line.split()
        if (len(cells) >= 3 and all(len(c) <= 12 for c in cells) and _PHONE_COLUMN.search(line)
                and not any(ch.isdigit() for ch in line)):
            return line
    return ""


def _office_row(row: str, header: str) -> bool:
    """A table row that is a unit's or a window's (its number is the unit's line): the table's
    headings say so (every phone column an office's line: 咨询电话, 服务电话, 值班电话; or
    窗口, 办公时间 and no heading about people such as 姓名, 户主, 身份证, 补贴), or, with no such
    headings, the row itself holds office hours or a service place."""
    if header:
        phones = [c for c in header.split() if _PHONE_COLUMN.search(c)]
        if phones and all(_OFFICE_PHONE.search(c) for c in phones):
            return True  # every phone column is an office's line (咨询电话), whoever staffs it
        if _HEAD_PEOPLE.search(header):
            return False
        if _HEAD_OFFICE.search(header):
            return True
    return bool(_HOURS.search(row) or _SERVICE_ROW.search(row))


def _unit_block(text: str, line_start: int, line_end: int) -> bool:
    """The contact block around a line (the line, two lines either side, at most ``_BLOCK_REACH``
    characters each way) presents a unit's or a window's contact: office hours, a service place
    (窗口, 便民服务中心, 办事大厅, 办事处) or a unit named as the one to contact (联系单位, 咨询单位,
    办公地址, 办理地点). A person list's rows are never a contact block (their header says so)."""
    if _HEAD_PEOPLE.search(_header(text, line_start)):
        return False
    a = line_start
    for _ in range(2):
        if a > 0:
            a = text.rfind("\n", 0, a - 1) + 1
    b = line_end
    for _ in range(2):
        if b < len(text):
            nxt = text.find("\n", b + 1)
            b = len(text) if nxt < 0 else nxt
    block = text[max(a, line_start - _BLOCK_REACH):min(b, line_end + _BLOCK_REACH)]
    return bool(_HOURS.search(block) or _SERVICE_ROW.search(block) or _UNIT_CONTACT.search(block))


# a person's name right before an opening bracket: after a role (网格员王芳（, 调解员刘晓燕（) or a
# non-Chinese character (，王芳（); the bracket's text up to the number then says what the number is
_BRACKET_NAME = re.compile(
    rf"(?:{'|'.join(map(re.escape, _CONTACT_ROLES + _PERSON_ROLES))}|[{_HAN}][员者]|[^{_HAN}]|^)"
    rf"([{SURNAMES}][{_HAN}]{{1,2}})$"
)
# a field of a record: a short label and its colon (身份证号码：, 经营场所：, 联系电话：)
_FIELD = re.compile(rf"^\s*[{_HAN}（）()]{{2,12}}[:：]")
_ID_FIELD = re.compile(r"(?:身份证|身份号码|证件)(?:号码|号)?[:：]\s*$")
_BARE_PHONE_LABEL = re.compile(r"^\s*(?:联系)?(?:电话|手机|方式|号码)+\s*[:：]?\s*$")


def _named_in_brackets(text: str, line_start: int, start: int) -> bool:
    """The number stands in a bracket opened right after a person's name, with no office word or
    other holder before it inside the bracket: ``网格员王芳（网格编号…，联系电话138…）``."""
    window = text[max(line_start, start - 40):start]
    at = max(window.rfind("（"), window.rfind("("))
    if at < 0 or max(window.rfind("）"), window.rfind(")")) > at:
        return False
    inside = window[at + 1:]
    if any(c.group() in _OFFICE for c in _CUE_RE.finditer(inside)) or _holders(inside):
        return False
    head = text[max(line_start, start - len(window) + at - 12):start - len(window) + at]
    m = _BRACKET_NAME.search(head)
    return bool(m and _holder(m.group(1)) == "person")


def _record_with_id(text: str, line_start: int, start: int, id_spans: list[tuple[int, int]]) -> bool:
    """The number is a field of a person's record: its line holds only a bare phone label before it
    (联系电话：, alone or after other fields of its line), and one of the three lines above, every
    one a ``label：value`` field, gives a valid
    ID number under an ID label (身份证号码：…): an administrative penalty's 当事人 block, a
    case's applicant. A list of people (the ID in a cell, no label) is not a record."""
    head = text[line_start:start]
    label = re.split(r"[\s，,；;]+", head.rstrip())[-1] if head.strip() else head
    if not _BARE_PHONE_LABEL.match(label):
        return False
    if head.strip() != label.strip() and not _FIELD.match(head):
        return False  # other words before the label on its line: fields only (经营场所：… 联系电话：)
    pos = line_start
    for _ in range(3):
        if pos <= 0:
            return False
        prev = text.rfind("\n", 0, pos - 1) + 1
        line, pos = text[prev:pos - 1], prev
        if not _FIELD.match(line):
            return False
        k = bisect_left(id_spans, (prev, 0))
        if k < len(id_spans) and id_spans[k][1] <= pos + len(line) and _ID_FIELD.search(text[prev:id_spans[k][0]]):
            return True
    return False


def _personal_reason(text: str, start: int, end: int, id_spans: list[tuple[int, int]]) -> str:
    line_start, line_end = _line_bounds(text, start, end)
    k = bisect_left(id_spans, (line_start, 0))
    if k < len(id_spans) and id_spans[k][1] <= line_end:
        return "id-row"  # a row of a list of people, whatever its column headings say
    line = text[line_start:line_end]
    # another number right before this one (咨询电话：0797-7177965、139…) shares its label
    prev = _PREV_NUMBER.search(text[max(line_start, start - 24):start])
    anchor = start - (len(prev.group()) if prev else 0)
    before = text[max(line_start, anchor - 20):anchor]
    cues = list(_CUE_RE.finditer(before))
    owners = [c for c in cues if c.group() not in _PHONE]
    if owners:
        owner, word = owners[-1], owners[-1].group()
        reason = f"cue:{cues[-1].group()}"
        filler = before[owner.end():]
        holders = _holders(filler)
        if word in _OFFICE:
            if holders and holders[0] == "person":
                # 值班领导：张三 138…: the person's; 民政窗口 李华 138… in a window's row: the window's
                return "" if _office_row(line, _header(text, line_start)) else "name"
            if filler.strip() and _LABEL_TAIL.match(filler):
                return ""  # 咨询电话：139…, 服务热线（手机）：…: labelled as the office's line
            # (a bare word right before it, 民政窗口 139…, may be a cell of a row: the row decides)
            # an office word inside a cell (应急避险培训): the row decides, below
        elif word in _CONTACT:
            if not holders or holders[0] == "person":
                # 联系人：张三 138…, 联系人电话：138…: a person's, unless the block is a unit's contact
                return "" if _unit_block(text, line_start, line_end) else reason
            # a unit or a post (联系人：县防汛办, 程老师): the row decides, below
        else:
            return reason  # 户主, 申请人, 监护人 …
    elif cues:  # only a phone word: whose phone is it?
        holders = _holders(before[: cues[-1].start()])
        if holders and holders[0] == "person":
            return f"cue:{cues[-1].group()}"  # 张三手机
        if not holders and not _LINE_CONTACT.match(line) and not _unit_block(text, line_start, line_end):
            return f"cue:{cues[-1].group()}"  # 手机：13812345678 on its own
        # a unit's or a post's mobile (县防汛办手机), a notice's 联系方式 line, a window's: below
    a = max(0, start - 9)
    m = _NAME_BEFORE.search(text[a:start]) or (_NAME_AT_START.search(text[:start]) if a == 0 else None)
    run = _HAN_RUN.search(m.group()) if m else None
    named = bool(run and _holder(run.group()) == "person")
    if not named:
        cells = [c for c in re.split(r"[\s|,，;；]+", text[line_start:start] + " " + text[end:line_end]) if c]
        if not any(_NAME_CELL.match(c) and _holder(c) == "person" for c in cells):
            if _named_in_brackets(text, line_start, start):
                return "name"  # 网格员王芳（网格编号…，联系电话138…）: the person's, in running text
            if _record_with_id(text, line_start, start, id_spans):
                return "id-record"  # 身份证号码：… / 经营场所：… / 联系电话：138…: the party's
            return ""  # nobody named: an office's or nobody's number
    if _office_row(line, _header(text, line_start)):
        return ""  # a window's row (民政窗口 李华 工作日8:30-17:30 139…): the window's line
    return "name" if named else "table-row"


def find_mobiles(text: str, *, personal: bool = True, today: date | None = None) -> list[MobileHit]:
    """Unmasked mainland mobile numbers in ``text``; with ``personal`` only those that look like a
    person's (see the module notes for the heuristics)."""
    norm = _ascii_digits(text)
    id_spans = [(h.start, h.end) for h in find_id_numbers(text, today)] if personal else []
    hits = []
    for m in _MOBILE_RE.finditer(norm):
        reason = _personal_reason(norm, m.start(), m.end(), id_spans) if personal else ""
        if personal and not reason:
            continue
        masked = mask_mobile(m.group())
        hits.append(MobileHit(m.start(), m.end(), masked, _context(text, m.start(), m.end(), masked), reason))
    return hits


# --- masking text --------------------------------------------------------------------------

_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")
_LONG_DIGITS = re.compile(r"[0-9０-９][0-9０-９Xx＊*\- ]{4,}[0-9０-９Xx]")


def _mask_runs(text: str) -> str:
    """Every run of 6+ digits (stars, hyphens and spaces inside allowed) keeps its first 3 and last
    2 characters at most: for context snippets, where a neighbour's number may be cut at the edge."""

    def one(m: re.Match[str]) -> str:
        s = m.group()
        digits = sum(ch.isdigit() for ch in s)
        if digits < 6 or "*" in s or "＊" in s or _DATE.fullmatch(s):  # masked already, or a date
            return s
        return s[:3] + "*" * (len(s) - 5) + s[-2:] if len(s) > 8 else s[:2] + "*" * (len(s) - 2)

    return _LONG_DIGITS.sub(one, text)


_DIGITISH = frozenset("0123456789Xx０１２３４５６７８９Ｘｘ")


def mask_excerpt(text: str, today: date | None = None) -> str:
    """An excerpt for a message: :func:`mask_personal`, then any other run of 6+ digits (a number cut
    at the excerpt's edge, an ID with a wrong check digit) reduced to its first 3 and last 2 digits."""
    return _mask_runs(mask_personal(text, today))


def _context(text: str, start: int, end: int, masked: str) -> str:
    a, b = max(0, start - _CONTEXT), min(len(text), end + _CONTEXT)
    # widen to whole numbers, so a neighbour's ID or mobile is masked whole rather than cut
    floor, ceiling = max(0, a - 20), min(len(text), b + 20)
    while floor < a < start and text[a - 1] in _DIGITISH and text[a] in _DIGITISH:
        a -= 1
    while end < b < ceiling and text[b - 1] in _DIGITISH and text[b] in _DIGITISH:
        b += 1
    before = _mask_runs(mask_personal(text[a:start]))
    after = _mask_runs(mask_personal(text[end:b]))
    return re.sub(r"\s+", " ", f"{before}{masked}{after}").strip()


def mask_personal(text: str, today: date | None = None) -> str:
    """``text`` with every valid ID number and every mobile-shaped number masked (same length is not
    kept for ``+86`` forms). For log lines, messages and excerpts."""
    spans: list[tuple[int, int, str]] = [(h.start, h.end, h.masked) for h in find_id_numbers(text, today)]
    ends = [e for _, e, _ in spans]  # ID spans are in order and disjoint
    for m in _MOBILE_RE.finditer(_ascii_digits(text)):
        k = bisect_right(ends, m.start())  # the first ID ending after the mobile starts
        if k < len(ends) and spans[k][0] < m.end():
            continue  # inside an ID number (cannot happen with the digit-run bounds, kept for safety)
        spans.append((m.start(), m.end(), mask_mobile(m.group())))
    if not spans:
        return text
    out, at = [], 0
    for s, e, rep in sorted(spans):
        out.append(text[at:s])
        out.append(rep)
        at = e
    out.append(text[at:])
    return "".join(out)
