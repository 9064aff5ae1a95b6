#pragma once

// An amount in Chinese capitals (大写金额) as printed on a payment roll or a
// voucher, after the People's Bank's writing rules (支付结算办法, 附一):
//   12345.67 → 壹万贰仟叁佰肆拾伍元陆角柒分     1005.00 → 壹仟零伍元整
//   16409.02 → 壹万陆仟肆佰零玖元零贰分         1680.32 → 壹仟陆佰捌拾元零叁角贰分
//   10.00 → 壹拾元整 (the leading 壹 is written)   0.00 → 零元整
// Readings chosen where the rules allow either (docs/payroll.md §"printed roll"):
// - 整 only after 元 (no 角 and no 分); "…伍角" carries no 整 and "…分" never does;
// - a 零 after 元 when the units of yuan are 0 and 角 follows (…捌拾元零叁角), and
//   whenever 角 is 0 and 分 follows (…玖元零贰分);
// - under one yuan no 元: 0.50 → 伍角, 0.05 → 伍分;
// - zeros inside the figure are one 零 (壹仟零伍, 壹亿零壹万), an empty 万 group is
//   left out (壹亿元整);
// - a negative amount is marked 负 in front (负壹拾元整).
// Groups go up to 亿 (Money's range ends at 9999亿…).

#include "money.h"

#include <string>

namespace relief {

// UTF-8 text.
std::string chineseCapitalAmount(Money amount);

} // namespace relief
