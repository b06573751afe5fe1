# a GBK page with <meta charset=gb2312>: detected, converted, extracted
. tests/lib.sh; need_boilerplate; cd "$B"
gw-strip cwced/f70d9c97/page.html
gw-strip --meta cwced/f70d9c97/page.html
