# an HTML page is parsed whole; one over --max-record is reported, not read
gw-strip --max-record 10k $X/boilerplate/gne/cmse-1/page.html $S/000_*.txt | cut -c1-60
