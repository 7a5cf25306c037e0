"""Realistic synthetic data for demonstrations and benchmarks: Chinese names, valid codes.

Deterministic for a given seed. Codes carry correct check characters (GB 32100, GB 11643), and
a share of the values is written the way people really type them into spreadsheets.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from models.validation import uscc_check_char

USCC_BODY = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红玉梅鹏辉斌宇浩凯晨鑫昊䶮堃喆昇淼焱垚珺玥"
BRANDS = [
    "鑫源",
    "恒泰",
    "宏达",
    "华盛",
    "金鼎",
    "永昌",
    "兴隆",
    "瑞丰",
    "德盛",
    "广源",
    "天成",
    "中联",
    "汇通",
    "东方",
    "顺达",
    "鼎盛",
    "嘉禾",
    "荣达",
    "新宇",
    "长青",
    "博远",
    "聚力",
    "同创",
    "安和",
    "振兴",
    "众诚",
    "远航",
    "祥瑞",
]
INDUSTRY_WORDS = {
    "coal_mine": ["煤业", "矿业", "煤炭开采"],
    "non_coal_mine": ["矿业", "石料", "采石"],
    "hazardous_chemicals": ["化工", "化学品", "精细化工"],
    "fireworks": ["烟花爆竹", "花炮"],
    "metallurgy": ["钢铁", "冶金", "铸造"],
    "building_materials": ["建材", "水泥", "陶瓷"],
    "machinery": ["机械制造", "重工", "装备"],
    "light_industry": ["食品", "纸业", "家具"],
    "commerce_trade": ["商贸", "物流", "仓储"],
    "construction": ["建筑工程", "建设工程"],
    "safety_service_org": ["安全评价", "检测技术", "安全技术服务"],
}
COMPANY_FORMS = ["有限公司", "有限责任公司", "股份有限公司", "集团有限公司"]
SUMMARIES = {
    "S01": "发生重大生产安全事故，造成{n}人死亡，经调查认定为责任事故。",
    "S02": "12个月内累计发生2起较大生产安全事故。",
    "S03": "发生生产安全事故，情节特别严重、影响特别恶劣，依法处以罚款数额二倍以上五倍以下罚款。",
    "S04": "发生生产安全事故后瞒报事故，隐瞒死亡{n}人。",
    "S05": "事故发生后主要负责人不立即组织抢救，在调查处理期间擅离职守。",
    "S06": "未依法取得安全生产许可证擅自从事生产经营活动。",
    "S07": "安全评价机构出具虚假报告，被依法吊销资质。",
    "B01": "发生较大生产安全责任事故，造成{n}人死亡。",
    "B02": "未取得安全生产许可证擅自组织生产。",
    "B03": "存在重大事故隐患，未在规定期限内整改，仍组织从业人员冒险作业。",
    "B05": "被责令停产停业整顿期间擅自组织生产。",
    "B06": "发生生产安全事故后迟报、谎报事故。",
    "B08": "超层越界开采，以探代采。",
}


@dataclass(frozen=True)
class UnitProfile:
    code: str
    region: str  # 2-digit GB/T 2260 of the territory
    prefectures: tuple[tuple[str, str], ...]  # (6-digit code, city name)
    doc_prefix: str  # 晋应急罚, 苏应急罚 …
    industries: tuple[str, ...]


PROFILES = {
    "P14": UnitProfile(
        "P14",
        "14",
        (("140105", "太原"), ("140202", "大同"), ("140402", "长治"), ("140502", "晋城")),
        "晋应急罚",
        (
            "coal_mine",
            "non_coal_mine",
            "hazardous_chemicals",
            "metallurgy",
            "building_materials",
            "safety_service_org",
        ),
    ),
    "C14": UnitProfile(
        "C14",
        "14",
        (("140202", "大同"), ("140321", "阳泉"), ("140402", "长治"), ("141002", "临汾")),
        "晋煤安监罚",
        ("coal_mine",),
    ),
    "P32": UnitProfile(
        "P32",
        "32",
        (("320102", "南京"), ("320205", "无锡"), ("320508", "苏州"), ("320602", "南通")),
        "苏应急罚",
        ("hazardous_chemicals", "machinery", "light_industry", "commerce_trade", "construction", "fireworks"),
    ),
    "P44": UnitProfile(
        "P44",
        "44",
        (("440106", "广州"), ("440304", "深圳"), ("440604", "佛山"), ("441302", "惠州")),
        "粤应急罚",
        (
            "hazardous_chemicals",
            "light_industry",
            "commerce_trade",
            "building_materials",
            "safety_service_org",
        ),
    ),
}


class DemoData:
    def __init__(self, seed: int = 2017) -> None:
        self.rng = random.Random(seed)
        self._used_codes: set[str] = set()

    def person_name(self) -> str:
        return self.rng.choice(SURNAMES) + "".join(
            self.rng.choice(GIVEN) for _ in range(self.rng.choice((1, 2)))
        )

    def uscc(self, region6: str) -> str:
        while True:
            body = "".join(self.rng.choice(USCC_BODY) for _ in range(8)) + self.rng.choice("0123456789")
            first17 = self.rng.choice(("91", "91", "91", "92", "93", "52")) + region6 + body
            code = first17 + uscc_check_char(first17)
            if code not in self._used_codes:
                self._used_codes.add(code)
                return code

    def id_number(self, region6: str, today: dt.date) -> str:
        birth = dt.date(self.rng.randint(1956, 1998), self.rng.randint(1, 12), self.rng.randint(1, 28))
        assert birth < today
        first17 = f"{region6}{birth:%Y%m%d}{self.rng.randint(1, 999):03d}"
        total = sum(int(d) * w for d, w in zip(first17, _ID_WEIGHTS, strict=True))
        return first17 + "10X98765432"[total % 11]

    def company(self, profile: UnitProfile) -> tuple[str, str, str]:
        """(name, region6, industry code)."""
        region6, city = self.rng.choice(profile.prefectures)
        industry = self.rng.choice(profile.industries)
        word = self.rng.choice(INDUSTRY_WORDS.get(industry, ["实业"]))
        name = f"{city}市{self.rng.choice(BRANDS)}{self.rng.choice(BRANDS)[0]}{word}{self.rng.choice(COMPANY_FORMS)}"
        return name, region6, industry
