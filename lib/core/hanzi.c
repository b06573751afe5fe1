#include "hanzi.h"

#include <stddef.h>

struct han { uint32_t cp; unsigned char cls, v, formal; };

/* Sorted by code point for the binary search. */
static const struct han table[] = {
	{0x25CB, GW_HAN_DIGIT, 0, 1},  /* ○ */
	{0x3007, GW_HAN_DIGIT, 0, 0},  /* 〇 */
	{0x4E00, GW_HAN_DIGIT, 1, 0},  /* 一 */
	{0x4E03, GW_HAN_DIGIT, 7, 0},  /* 七 */
	{0x4E07, GW_HAN_BIG, 4, 0},    /* 万 */
	{0x4E09, GW_HAN_DIGIT, 3, 0},  /* 三 */
	{0x4E24, GW_HAN_DIGIT, 2, 0},  /* 两 */
	{0x4E5D, GW_HAN_DIGIT, 9, 0},  /* 九 */
	{0x4E8C, GW_HAN_DIGIT, 2, 0},  /* 二 */
	{0x4E94, GW_HAN_DIGIT, 5, 0},  /* 五 */
	{0x4EBF, GW_HAN_BIG, 8, 0},    /* 亿 */
	{0x4EDF, GW_HAN_SMALL, 3, 1},  /* 仟 */
	{0x4F0D, GW_HAN_DIGIT, 5, 1},  /* 伍 */
	{0x4F70, GW_HAN_SMALL, 2, 1},  /* 佰 */
	{0x5006, GW_HAN_DIGIT, 2, 1},  /* 倆 */
	{0x5104, GW_HAN_BIG, 8, 1},    /* 億 */
	{0x5146, GW_HAN_BIG, 12, 1},   /* 兆 */
	{0x5169, GW_HAN_DIGIT, 2, 1},  /* 兩 */
	{0x516B, GW_HAN_DIGIT, 8, 0},  /* 八 */
	{0x516D, GW_HAN_DIGIT, 6, 0},  /* 六 */
	{0x5341, GW_HAN_SMALL, 1, 0},  /* 十 */
	{0x5343, GW_HAN_SMALL, 3, 0},  /* 千 */
	{0x53C1, GW_HAN_DIGIT, 3, 1},  /* 叁 */
	{0x53C3, GW_HAN_DIGIT, 3, 1},  /* 參 */
	{0x56DB, GW_HAN_DIGIT, 4, 0},  /* 四 */
	{0x58F9, GW_HAN_DIGIT, 1, 1},  /* 壹 */
	{0x5F0C, GW_HAN_DIGIT, 1, 1},  /* 弌 */
	{0x62FE, GW_HAN_SMALL, 1, 1},  /* 拾 */
	{0x634C, GW_HAN_DIGIT, 8, 1},  /* 捌 */
	{0x67D2, GW_HAN_DIGIT, 7, 1},  /* 柒 */
	{0x70B9, GW_HAN_POINT, 0, 0},  /* 点 */
	{0x7396, GW_HAN_DIGIT, 9, 1},  /* 玖 */
	{0x767E, GW_HAN_SMALL, 2, 0},  /* 百 */
	{0x8086, GW_HAN_DIGIT, 4, 1},  /* 肆 */
	{0x842C, GW_HAN_BIG, 4, 1},    /* 萬 */
	{0x8CB3, GW_HAN_DIGIT, 2, 1},  /* 貳 */
	{0x8D30, GW_HAN_DIGIT, 2, 1},  /* 贰 */
	{0x9646, GW_HAN_DIGIT, 6, 1},  /* 陆 */
	{0x9678, GW_HAN_DIGIT, 6, 1},  /* 陸 */
	{0x96F6, GW_HAN_DIGIT, 0, 0},  /* 零 */
	{0x9EDE, GW_HAN_POINT, 0, 1},  /* 點 */
};

int gw_han_class(uint32_t cp, int formal, int *v)
{
	size_t lo = 0, hi = sizeof table / sizeof table[0];
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (table[mid].cp < cp)
			lo = mid + 1;
		else if (table[mid].cp > cp)
			hi = mid;
		else {
			if (table[mid].formal && !formal)
				return GW_HAN_NONE;
			*v = table[mid].v;
			return table[mid].cls;
		}
	}
	return GW_HAN_NONE;
}

uint32_t gw_han_cp(size_t k)
{
	return k < sizeof table / sizeof table[0] ? table[k].cp : 0;
}
