# Every paragraph of sample 002 with its section: unnumbered headings
# (坚持双向发力,加快工业转型升级) nest under the numbered (一)…(七).
cd $S && gw-sections 002_d679a0d87a186134.txt
