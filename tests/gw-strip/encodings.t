# UTF-16 with and without BOM, Big5, GBK, and -f to force
t=${TMPDIR:-/tmp}/gw-strip-e.$$
printf '\xef\xbb\xbf2022\xe5\xb9\xb4\xe9\x87\x8d\xe7\x82\xb9\xe5\xb7\xa5\xe4\xbd\x9c\xef\xbc\x8c\xe7\xbb\xa7\xe7\xbb\xad\xe6\x8e\xa8\xe8\xbf\x9b\xe3\x80\x82\n' > $t.u8
gw-strip --doc utf8-bom $t.u8
iconv -f UTF-8 -t UTF-16 $t.u8 > $t.u16bom; gw-strip -N --doc utf16-bom $t.u16bom
tail -c +4 $t.u8 | iconv -f UTF-8 -t UTF-16LE > $t.u16le; gw-strip -N --doc utf16le-nobom $t.u16le
tail -c +4 $t.u8 | iconv -f UTF-8 -t UTF-16BE > $t.u16be; gw-strip -N --doc utf16be-nobom $t.u16be
printf '2022\xe5\xb9\xb4\xe9\x87\x8d\xe9\xbb\x9e\xe5\xb7\xa5\xe4\xbd\x9c\xef\xbc\x8c\xe7\xb9\xbc\xe7\xba\x8c\xe6\x8e\xa8\xe9\x80\xb2\xe3\x80\x82\n' | iconv -f UTF-8 -t BIG5 > $t.big5
gw-strip -N --doc big5 -f big5 $t.big5
tail -c +4 $t.u8 | iconv -f UTF-8 -t GBK > $t.gbk; gw-strip -N --doc gbk $t.gbk
gw-strip -N --doc gbk-forced --from-code=GB2312 $t.gbk
printf '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><div><p>' > $t.html
tail -c +4 $t.u8 | iconv -f UTF-8 -t GBK >> $t.html
printf '</p></div></body></html>\n' >> $t.html
gw-strip -N --doc html-meta-gb2312 $t.html
rm -f $t.*
