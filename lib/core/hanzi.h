/* The one table of Chinese numeral characters, for every engine that
 * reads numbers (gw-numbers' grammar, gw-sections' markers, gw-agencies'
 * congress terms): everyday (一 二 两), financial (壹 贰), traditional
 * (貳 萬 億) and the zero forms (〇 ○ 零). */
#ifndef GW_HANZI_H
#define GW_HANZI_H
#include <stddef.h>
#include <stdint.h>

enum {
	GW_HAN_NONE,
	GW_HAN_DIGIT,   /* 0..9 */
	GW_HAN_SMALL,   /* 十 百 千: *v is the power of ten (1..3) */
	GW_HAN_BIG,     /* 万 亿 兆: *v is the power of ten (4, 8, 12) */
	GW_HAN_POINT,   /* 点 */
};
/* The class of code point cp, with its digit or power in *v.
 * formal: 1 also accepts financial and traditional forms (壹 貳 萬),
 * 0 only the everyday ones (一 二 两 十 百 千 万 亿 零 〇). */
int gw_han_class(uint32_t cp, int formal, int *v);
/* The k-th code point of the table (every form), in code-point order, 0
 * past its end: for an engine that keeps its own index of them. */
uint32_t gw_han_cp(size_t k);
#endif
