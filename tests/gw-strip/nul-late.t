# a NUL byte past the first 64 KiB (too late to call the file binary) is
# replaced by U+FFFD and counted, never written into a field
{ head -c 70000 /dev/zero | tr '\0' 'x'; printf '\n第一段，正文\0内容，完成。\n'; } | gw-strip --doc t | cut -c1-40
echo "exit ${PIPESTATUS[1]}"
