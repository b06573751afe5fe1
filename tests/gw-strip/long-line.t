# a 200 MB line (made on the fly) is reported and skipped; memory stays
# flat; the lines around it are kept
{ echo '第一段，前面的正文。'; head -c 200000000 /dev/zero | tr '\0' 'a'; echo; echo '第二段，后面的正文。'; } |
	gw-strip --max-record 1M --doc big
echo "exit ${PIPESTATUS[1]}"
