# a GBK page with <meta charset=gb2312>: detected, converted, extracted
gw-strip $X/boilerplate/cwced/f70d9c97/page.html
gw-strip --meta $X/boilerplate/cwced/f70d9c97/page.html
