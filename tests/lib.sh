# Sourced by .t files whose needs the repository cannot meet by itself:
# each prints "skipped: WHY" and exits 77, which tests/run counts as
# skipped (not failed) when the need is not met.

# The content-extraction pages ($B, see tests/run) may not be copied into
# the repository; a user who has them names them in GONGWEN_BOILERPLATE_DIR.
need_boilerplate() {
	[ -n "${B:-}" ] && [ -f "$B/cases.tsv" ] && return 0
	echo "skipped: content-extraction pages not found (${B:+not in $B; }set GONGWEN_BOILERPLATE_DIR to their directory)"
	exit 77
}

need_cmd() { # command, package
	command -v "$1" >/dev/null 2>&1 && return 0
	echo "skipped: $1 not installed (Debian: apt-get install $2; scripts/deps --test installs it)"
	exit 77
}
