# Agencies in running text and role lists that must be found.
gw-agencies tests/gw-agencies/true.txt
