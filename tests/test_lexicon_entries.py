"""The default lexicon's entries: each wrong word is found where it is wrong, and correct government
text, including the correct words and phrases that contain a wrong entry's characters across a word
boundary (发布署名 holds 布署, 选拔打造 holds 拔打), gives no hit.

The first tests hold for every entry of robot/data/lexicon.txt, so an entry added later is checked
too: found alone, its correction clean, every ``ok`` word covering some entry and clean itself.
"""

from __future__ import annotations

import pytest

from robot.content.lexicon import Lexicon


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.default()


# --- invariants over the whole lexicon --------------------------------------------------------------


def test_every_entry_is_found_alone_and_its_correction_is_clean(lexicon: Lexicon) -> None:
    problems = []
    for (word, side), entry in lexicon.entries.items():
        if side == "ok" or entry.is_pattern:
            continue
        found = [(h.wrong, h.right) for h in lexicon.scan(f"据悉，{word}。")]
        if found != [(word, entry.right)]:
            problems.append(f"{word}: alone gives {found}")
        if entry.right and lexicon.scan(f"据悉，{entry.right}。"):
            problems.append(f"{word}: its correction {entry.right} is flagged")
    assert problems == []


def test_every_ok_word_covers_an_entry_and_is_clean(lexicon: Lexicon) -> None:
    wrongs = [w for (w, side), e in lexicon.entries.items() if side != "ok" and not e.is_pattern]
    problems = []
    for (word, side), entry in lexicon.entries.items():
        if side != "ok" or entry.is_pattern:
            continue
        if not any(w in word for w in wrongs):
            problems.append(f"{word}: covers no entry (a dead ok line)")
        if lexicon.scan(f"据悉，{word}。"):
            problems.append(f"{word}: flagged")
    assert problems == []


# --- the entries added for the held-out portal's gaps and the common 通报 lists ----------------------

NEW_WRONG_WORDS = [
    # the two the held-out portal showed missing
    ("县委常委会研究布署当前重点工作。", "布署", "部署", "typo"),
    ("会议对下一步工作进行了全面布署。", "布署", "部署", "typo"),
    ("群众如有疑问，请拔打12345政务服务便民热线。", "拔打", "拨打", "typo"),
    ("发现火情请立即拔打119。", "拔打", "拨打", "typo"),
    # 拨 / 拔
    ("县财政局已拔付专项资金860万元。", "拔付", "拨付", "typo"),
    ("上级拔款到位后立即开工。", "拔款", "拨款", "typo"),
    ("以划拔方式供应国有建设用地。", "划拔", "划拨", "typo"),
    # 表述不规范
    ("全县残废人就业服务站挂牌成立。", "残废人", "残疾人", "typo"),
    ("各乡镇要精心按排，确保活动顺利开展。", "精心按排", "精心安排", "typo"),
    ("对节日期间值班工作作出周密按排。", "周密按排", "周密安排", "typo"),
    ("妥善按排受灾群众生活。", "妥善按排", "妥善安排", "typo"),
    ("会议对春耕生产进行了按排部署。", "按排部署", "安排部署", "typo"),
    ("全力开展防讯工作，确保安全度汛。", "防讯工作", "防汛工作", "typo"),
    ("县防讯抗旱指挥部发布汛情通报。", "防讯抗旱", "防汛抗旱", "typo"),
    ("请各地报县防讯办备案。", "防讯办", "防汛办", "typo"),
    ("进入主讯期后实行24小时值班。", "主讯期", "主汛期", "typo"),
    ("抗洪防讯一线党旗飘扬。", "抗洪防讯", "抗洪防汛", "typo"),
    # 常见错别字
    ("为老旧小区免费按装电动车充电桩380个。", "按装", "安装", "typo"),
    ("打造集观光、渡假、康养于一体的旅游目的地。", "渡假", "度假", "typo"),
    ("欢乐的歌声响彻九宵。", "九宵", "九霄", "typo"),
    ("县客运站侯车室改造完成。", "侯车", "候车", "typo"),
    ("医院门诊侯诊区增设座椅200个。", "侯诊", "候诊", "typo"),
    ("增补侯补委员2名。", "侯补", "候补", "typo"),
    ("确定村委会侯选人名单。", "侯选人", "候选人", "typo"),  # the existing longer entry wins
    ("公布侯选名单。", "侯选", "候选", "typo"),
    ("县政务服务中心座落于城东新区。", "座落于", "坐落于", "typo"),
    ("古村座落在青山脚下。", "座落在", "坐落在", "typo"),
    ("持续优化营商坏境。", "坏境", "环境", "typo"),
    ("项目已于6月底峻工验收。", "峻工", "竣工", "typo"),
    ("认真贯切落实上级决策部署。", "贯切落实", "贯彻落实", "typo"),  # the existing longer entry wins
    ("学习贯切党的二十大精神。", "贯切", "贯彻", "typo"),
    ("全面贯撤新发展理念。", "贯撤", "贯彻", "typo"),
    ("必竟基层力量有限。", "必竟", "毕竟", "typo"),
    ("举办全县青年职业技能竟赛。", "竟赛", "竞赛", "typo"),
    ("不断提升产业核心竟争力。", "竟争", "竞争", "typo"),
    ("依法组织村委会换届竟选。", "竟选", "竞选", "typo"),
    ("公开竟聘中层干部5名。", "竟聘", "竞聘", "typo"),
    ("规范政府采购竟标行为。", "竟标", "竞标", "typo"),
    ("发挥中心城区幅射带动作用。", "幅射", "辐射", "typo"),
    ("居民收入增长辐度与经济增长基本同步。", "辐度", "幅度", "typo"),
    ("防止思想松驰、纪律松懈。", "松驰", "松弛", "typo"),
    ("雕塑风格粗旷大气。", "粗旷", "粗犷", "typo"),
    ("各项措施已经凑效。", "凑效", "奏效", "typo"),
    ("设定水位预警阀值。", "阀值", "阈值", "typo"),
    ("特邀佳宾出席开幕式。", "特邀佳宾", "特邀嘉宾", "typo"),
    ("各位佳宾，各位朋友：", "各位佳宾", "各位嘉宾", "typo"),
    ("鼓厉引导社会资本参与乡村建设。", "鼓厉", "鼓励", "typo"),
    ("严惩贪脏枉法行为。", "贪脏", "贪赃", "typo"),
    ("依法查处循私舞弊案件。", "循私舞弊", "徇私舞弊", "typo"),
    ("不得循私枉法。", "循私枉法", "徇私枉法", "typo"),
    ("这些泊来品很快被本地产品替代。", "泊来品", "舶来品", "typo"),
    # 易错成语
    ("群众迫不可待地走进新居。", "迫不可待", "迫不及待", "typo"),
    ("报告提纲携领，重点突出。", "提纲携领", "提纲挈领", "typo"),
    ("提纲契领地抓好主要矛盾。", "提纲契领", "提纲挈领", "typo"),
    ("民警从蛛丝蚂迹中找到线索。", "蛛丝蚂迹", "蛛丝马迹", "typo"),
    ("不能默守陈规、因循守旧。", "默守陈规", "墨守成规", "typo"),
    ("不能墨守陈规。", "墨守陈规", "墨守成规", "typo"),
    ("精美的展品令人叹为观之。", "叹为观之", "叹为观止", "typo"),
    ("他的事迹在当地如雷灌耳。", "如雷灌耳", "如雷贯耳", "typo"),
    ("参加人数廖廖无几。", "廖廖无几", "寥寥无几", "typo"),
    ("推进精兵减政。", "精兵减政", "精兵简政", "typo"),
    ("各方意见莫衷一事。", "莫衷一事", "莫衷一是", "typo"),
    ("发扬自立更生、艰苦奋斗精神。", "自立更生", "自力更生", "typo"),
    ("出奇致胜。", "出奇致胜", "出奇制胜", "typo"),
    ("新建的文化中心美轮美焕。", "美轮美焕", "美轮美奂", "typo"),
    ("按部就搬推进各项工作。", "按部就搬", "按部就班", "typo"),
    ("这些做法早已成为昨日黄花。", "昨日黄花", "明日黄花", "typo"),
    ("代表委员齐聚一堂共商国事。", "共商国事", "共商国是", "typo"),
    ("公园里绿草如荫。", "绿草如荫", "绿草如茵", "typo"),
    ("这项改革对群众大有稗益。", "大有稗益", "大有裨益", "typo"),
    ("对工作大有脾益。", "大有脾益", "大有裨益", "typo"),
    ("事实清楚，不容置啄。", "不容置啄", "不容置喙", "typo"),
    ("各项工作有条不稳地推进。", "有条不稳", "有条不紊", "typo"),
    ("游客纷至踏来。", "纷至踏来", "纷至沓来", "typo"),
    ("翻来复去地研究方案。", "翻来复去", "翻来覆去", "typo"),
    ("对玩乎职守的依规问责。", "玩乎职守", "玩忽职守", "typo"),
    ("整改工作克不容缓。", "克不容缓", "刻不容缓", "typo"),
    # 严重表述错误
    ("深入学习贯彻习进平总书记重要讲话精神。", "习进平总书记", "习近平总书记", "sensitive"),  # the existing form wins
    ("认真学习习进平关于…的重要论述。", "习进平", "习近平", "sensitive"),
    ("中央政治局长委会议", "政治局长委", "政治局常委", "sensitive"),
    ("中央纪委国家检委网站发布消息。", "国家检委", "国家监委", "sensitive"),
    ("积极融入“一代一路”建设。", "一代一路", "一带一路", "sensitive"),
    ("所谓“尖阁诸岛”", "尖阁诸岛", "钓鱼岛", "sensitive"),
]


@pytest.mark.parametrize("sentence, wrong, right, kind", NEW_WRONG_WORDS)
def test_new_wrong_words_are_found(lexicon: Lexicon, sentence: str, wrong: str, right: str, kind: str) -> None:
    hits = lexicon.scan(sentence)
    assert [(h.wrong, h.right, h.kind) for h in hits] == [(wrong, right, kind)]
    assert sentence[hits[0].start:hits[0].end] == wrong


def test_every_added_entry_has_a_sentence(lexicon: Lexicon) -> None:
    covered = {wrong for _, wrong, _, _ in NEW_WRONG_WORDS}
    for word in ("布署", "拔打", "拔付", "拔款", "划拔", "按装", "渡假", "九宵", "侯车", "侯诊", "侯补", "侯选",
                 "坏境", "峻工", "贯切", "贯撤", "必竟", "竟赛", "竟争", "竟选", "竟聘", "竟标", "幅射", "辐度",
                 "松驰", "粗旷", "凑效", "阀值", "鼓厉", "贪脏", "习进平"):
        assert (word, "wrong") in lexicon.entries and word in covered, word


# --- correct text: no hit ------------------------------------------------------------------------------

CORRECT_TEXT = """
3月12日，县委常委会召开会议，传达学习全国两会精神，研究部署当前重点工作。会议强调，要把学习贯彻全国两会精神作为当前
的重要政治任务，周密安排部署，狠抓工作落实。会后，县融媒体中心在政府网站发布署名文章《奋力推进县域经济高质量发展》。
海关总署公布署令第262号，自2024年5月1日起施行；审计署发布署名评论员文章；会上宣布署长任命决定。

群众如有疑问，可拨打12345政务服务便民热线咨询。县财政局已拨付专项资金860万元，划拨建设用地12.6公顷，拨款情况按季度公开。
我县坚持选拔打造一支政治过硬、本领高强的干部队伍，对实绩突出的及时提拔付诸重用，以坚韧不拔打赢乡村振兴这场硬仗。
全县最高点海拔打鼓寨1380米。各地要计划拔除病死松树，规划拔节期田间管理。

为老旧小区免费安装电动车充电桩380个。光伏发电项目按装机容量每千瓦补贴0.1元；既有住宅加装电梯费用按装修面积分摊；
新建公共建筑按装配式建筑标准建设；危险化学品按装卸、运输环节分别监管；按装备类型分类登记。
打造集观光、度假、康养于一体的旅游度假区。新旧政策衔接设置过渡假期，过渡期内原有政策继续执行。

持续优化营商环境。严厉打击破坏境内野生动物资源的违法犯罪行为，对损坏境界标志的依法处理。
项目已于6月底竣工验收。面对严峻工作形势，全县上下攻坚克难。
深入贯彻落实党的二十大精神。我局一贯切实履行监管职责，对弄虚作假的一贯撤销资格、严肃处理。

举办全县青年技能竞赛，公开竞聘中层干部，依法组织村委会换届竞选，规范政府采购竞标行为，不断提升核心竞争力。
群众究竟选择哪种方案，要充分征求意见；毕竟争取资金不易，要用好每一分钱；毕竟标准不同，不能简单类比。
群众竟争相点赞；评审组竟选出了三个方案；这一成绩竟标志着全县工作迈上新台阶。这并不稀奇，不必竟然如此惊讶。

发挥中心城区辐射带动作用，居民收入增长幅度与经济增长基本同步，粮食产量大幅增长，大幅射灯照亮广场。
防止思想松弛，让选手在赛道上轻松驰骋。会议议程紧凑效率高，各项措施奏效。设定预警阈值，北洋军阀值得研究。
特邀嘉宾、各位嘉宾、与会嘉宾出席开幕式。王佳宾同志任县水利局局长。
鼓励引导社会资本参与乡村建设，大张旗鼓厉行节约、反对浪费，紧锣密鼓厉兵秣马。严惩贪赃枉法，不得徇私舞弊。

做好防汛抗旱工作，主汛期实行24小时值班；及时推送消防讯息，加强国防讯息安全保障。县客运站候车室改造完成，
医院候诊区增设座椅，确定候选人名单和候补委员。县政务服务中心坐落于城东新区，山腰上一座落在悬崖边的古庙。
习近平总书记在中央政治局常委会会议上发表重要讲话；中央纪委国家监委网站发布消息；积极融入“一带一路”建设；
钓鱼岛是中国的固有领土。扶持残疾人就业创业。推动理论学习进平台、进社区。迫不及待，提纲挈领，蛛丝马迹，墨守成规，
叹为观止，如雷贯耳，寥寥无几，精兵简政，莫衷一是，自力更生，出奇制胜，美轮美奂，按部就班，明日黄花，共商国是，
绿草如茵，大有裨益，不容置喙，有条不紊，纷至沓来，翻来覆去，玩忽职守，刻不容缓，九霄云外，舶来品。

其它事项按有关规定执行。用户帐号和密码请妥善保管。精减会议文件，精减机构和人员编制。报名截止日期为2024年5月31日；
截至目前，全县已排查整治隐患1200处。既然定了，就要立即然后整改到位。在次日上午召开会议。叫做为人民服务。
"""


def test_correct_government_text_gives_no_hit(lexicon: Lexicon) -> None:
    hits = lexicon.scan(CORRECT_TEXT)
    assert [(h.wrong, h.context) for h in hits] == []


@pytest.mark.parametrize("text", [
    # deliberately not entries: context-dependent or tolerated forms
    "其它", "帐号", "帐户", "精减机构", "截止日期", "既然", "即使", "年青一代", "必需品", "反映问题",
])
def test_tolerated_and_context_dependent_forms_are_no_entries(lexicon: Lexicon, text: str) -> None:
    assert lexicon.scan(text) == []
