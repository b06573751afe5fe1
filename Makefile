# gongwen: small streaming filters for Chinese government documents.
# make            build bin/ under $(O)
# make check      run the test suite (installs missing build dependencies)
# make check SAN=1  the same, built with AddressSanitizer and UBSan
# make demo       the main job on the bundled sample documents
# make bench      speed and memory (see tests/bench)
# make check-cluster  many machines on loopback: GNU parallel over ssh, Dask
# make check-db   loading the stream into PostgreSQL, SQLite and Miller
# make install PREFIX=/usr/local DESTDIR=   (make uninstall: the same files out)
# make check-install  install to temporary prefixes, moved too, and run
#                 every man page's examples with the installed tools

# Only install uses these: the tools find their data at run time, beside
# themselves (<bindir>/../share/gongwen), so nothing built depends on
# PREFIX and an install may be moved. A DATADIR elsewhere needs
# GONGWEN_DATADIR or --datadir at run time.
PREFIX  ?= /usr/local
BINDIR  ?= $(PREFIX)/bin
DATADIR ?= $(PREFIX)/share/gongwen
MANDIR  ?= $(PREFIX)/share/man
LIBDIR  ?= $(PREFIX)/lib
INCLUDEDIR ?= $(PREFIX)/include
VERSION  = 0.1.0

ifdef SAN
O ?= build/san
SANFLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
else
O ?= build/rel
endif

# Build on every core unless told otherwise (make -j1): make check on a
# fresh clone compiles everything first.
ifeq ($(filter -j%,$(MAKEFLAGS)),)
MAKEFLAGS += -j$(shell nproc 2>/dev/null || echo 1)
endif

CC      ?= cc
CFLAGS  ?= -O2 -g
ALLCFLAGS = -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror=implicit-function-declaration $(SANFLAGS) $(CFLAGS) \
	-MMD -MP -Ilib -DGW_VERSION='"$(VERSION)"' $(DEP_CFLAGS)
ALLLDFLAGS = $(SANFLAGS) $(LDFLAGS)

# Short build lines; make V=1 shows the commands.
ifeq ($(V),1)
Q =
say = @:
else
Q = @
say = @printf '  %-4s %s\n'
endif

TOOLS  = $(patsubst tools/%.c,%,$(wildcard tools/gw-*.c))
BINS   = $(TOOLS:%=$(O)/bin/%) $(O)/bin/gw-parallel

# lib/ is layered: core (text, no I/O), stream (reader, writer, options),
# then one folder per engine. Each folder is an archive, so a tool links
# only the layers it uses.
LAYERS  = core stream strip sections numbers agencies targets api
objs    = $(patsubst lib/%.c,$(O)/lib/%.o,$(wildcard lib/$(1)/*.c))
ARCHIVE = $(O)/lib/libgw-$(1).a
ARCHIVES = $(foreach l,$(LAYERS),$(call ARCHIVE,$(l)))
LIBOBJ  = $(foreach l,$(LAYERS),$(call objs,$(l)))
UNITS  = $(patsubst tests/unit/%.c,$(O)/test/%,$(wildcard tests/unit/*.c))
MANS   = $(wildcard man/*.1 man/*.7)
DATA   = $(wildcard share/gongwen/*.txt)
DATALINK = $(O)/share/gongwen

# The library for other programs: every layer in one archive, the public
# header lib/gongwen.h, a pkg-config file; examples/ is built against it.
LIBGONGWEN = $(O)/lib/libgongwen.a
PCFILE   = $(O)/lib/gongwen.pc
EXAMPLES = $(patsubst examples/%.c,$(O)/examples/%,$(wildcard examples/*.c))

all: $(BINS) $(UNITS) $(DATALINK) $(LIBGONGWEN) $(PCFILE) $(EXAMPLES)

# The uninstalled tools in $(O)/bin find their data as installed ones do,
# at ../share/gongwen: a link to the source's share/gongwen (relative, so
# the tree may move), and an edited word list needs no rebuild.
$(DATALINK):
	@mkdir -p $(@D)
	@ln -sfn "$$(realpath -m --relative-to=$(@D) share/gongwen 2>/dev/null || echo $(CURDIR)/share/gongwen)" $@

# Build dependencies are found with pkg-config; scripts/deps installs what
# is missing (apt-get on Debian/Ubuntu) and writes the flags here.
ifeq ($(filter clean,$(MAKECMDGOALS)),)
include $(O)/config.mk
endif
$(O)/config.mk: scripts/deps
	@mkdir -p $(O)
	@scripts/deps --config > $@.tmp && mv $@.tmp $@

# Header dependencies come from the compiler (-MMD): nothing is rebuilt
# for a header it does not include.
$(O)/lib/%.o: lib/%.c $(O)/config.mk
	@mkdir -p $(@D)
	$(say) CC $<
	$(Q)$(CC) $(ALLCFLAGS) -c -o $@ $<

$(O)/examples/%.o: examples/%.c $(O)/config.mk
	@mkdir -p $(@D)
	$(say) CC $<
	$(Q)$(CC) $(ALLCFLAGS) -c -o $@ $<

$(O)/tools/%.o: tools/%.c $(O)/config.mk
	@mkdir -p $(@D)
	$(say) CC $<
	$(Q)$(CC) $(ALLCFLAGS) -c -o $@ $<

-include $(LIBOBJ:.o=.d) $(TOOLS:%=$(O)/tools/%.d) $(EXAMPLES:%=%.d) $(UNITS:%=%.d)

.SECONDEXPANSION:
$(O)/lib/libgw-%.a: $$(call objs,$$*)
	$(say) AR $@
	$(Q)rm -f $@ && $(AR) rcs $@ $^

# What each tool links: its engine, then stream and core; only gw-strip
# needs libxml2, uchardet and iconv.
USES_gw-strip    = strip
USES_gw-sections = sections
USES_gw-numbers  = numbers
USES_gw-agencies = agencies sections
USES_gw-targets  = targets numbers
USES_gw-cuts     =
LIBS_gw-strip    = $(STRIP_LIBS)

$(O)/bin/%: $(O)/tools/%.o $$(foreach l,$$(USES_$$*) stream core,$$(call ARCHIVE,$$(l)))
	@mkdir -p $(@D)
	$(say) LD $@
	$(Q)$(CC) $(ALLLDFLAGS) -o $@ $< -Wl,--start-group $(filter %.a,$^) -Wl,--end-group $(PCRE_LIBS) $(LIBS_$*)

$(LIBGONGWEN): $(LIBOBJ)
	$(say) AR $@
	$(Q)rm -f $@ && $(AR) rcs $@ $^

# The prefix is where the .pc file is, so that an install may move.
$(PCFILE): Makefile
	@mkdir -p $(@D)
	@printf '%s\n' 'prefix=$${pcfiledir}/../..' 'libdir=$${prefix}/lib' 'includedir=$${prefix}/include' '' \
	  'Name: gongwen' 'Description: engines of the gongwen filters for Chinese government documents' \
	  'Version: $(VERSION)' 'Requires: libpcre2-8' 'Requires.private: libxml-2.0 uchardet' \
	  'Cflags: -I$${includedir}' 'Libs: -L$${libdir} -lgongwen' > $@

$(O)/examples/%: $(O)/examples/%.o $(LIBGONGWEN)
	$(say) LD $@
	$(Q)$(CC) $(ALLLDFLAGS) -o $@ $< $(LIBGONGWEN) $(PCRE_LIBS)

# gw-parallel is a script: copied next to the tools (it finds gw-cuts there).
$(O)/bin/gw-parallel: scripts/gw-parallel
	@mkdir -p $(@D)
	$(Q)cp $< $@

$(O)/test/%: tests/unit/%.c $(ARCHIVES)
	@mkdir -p $(@D)
	$(say) LD $@
	$(Q)$(CC) $(ALLCFLAGS) $(ALLLDFLAGS) -o $@ $< -Wl,--start-group $(ARCHIVES) -Wl,--end-group $(DEP_LIBS)

# No GONGWEN_DATADIR: the tests find the data as a user's uninstalled
# build does. scripts/deps --test installs what some tests run (GNU
# parallel); where it cannot, those tests say "skipped".
TESTENV = PATH=$(CURDIR)/$(O)/bin:$$PATH GW_TESTBIN=$(CURDIR)/$(O)/test

check: all
	@scripts/deps --test
	@$(TESTENV) tests/run $(T)

# Accuracy of each tool on the corpus (tests/corpus/README.md): one row per
# tool; DOC=1 adds a row per document; the figures also go to $(O)/eval.tsv.
# make eval-floors fails when a figure is below tests/corpus/floors.tsv.
eval: all
	@$(TESTENV) tests/corpus/eval $(if $(DOC),--per-doc) --summary $(O)/eval.tsv

eval-floors: all
	@$(TESTENV) tests/corpus/eval --floors tests/corpus/floors.tsv

check-install: all
	@O=$(O) tests/install/run

# Rewrite the golden files from the current output; review with git diff.
regen: all
	@$(TESTENV) tests/run --update $(T)

demo: all
	@$(TESTENV) scripts/demo

bench: all
	@$(TESTENV) tests/bench/run

fuzz:
	@scripts/fuzz $(FUZZTIME)

# The golden tests with every tool run under valgrind memcheck (release build).
check-valgrind: all
	@$(TESTENV) scripts/valgrind-check $(T)

# A real 1 GiB line through each tool: flat memory, good lines still out.
check-slow: all
	@$(TESTENV) scripts/badinput-slow

# Many machines on loopback: GNU parallel over ssh (an sshd of its own)
# and Dask (a scheduler and two workers); and the stream loaded into
# PostgreSQL (a server of its own), SQLite and Miller. Each test starts and
# stops its servers; not in make check, which needs none of them.
check-cluster: all
	@$(TESTENV) tests/cluster/run $(T)

check-db: all
	@$(TESTENV) tests/cluster/run --dir tests/db $(T)

install: all
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man7 \
		$(DESTDIR)$(LIBDIR)/pkgconfig $(DESTDIR)$(INCLUDEDIR)
	cp $(BINS) $(DESTDIR)$(BINDIR)/
	cp $(LIBGONGWEN) $(DESTDIR)$(LIBDIR)/
	cp $(PCFILE) $(DESTDIR)$(LIBDIR)/pkgconfig/
	cp lib/gongwen.h $(DESTDIR)$(INCLUDEDIR)/
	cp $(DATA) $(DESTDIR)$(DATADIR)/
	cp man/*.1 $(DESTDIR)$(MANDIR)/man1/
	cp man/*.7 $(DESTDIR)$(MANDIR)/man7/

# What install put, and the data directory if that leaves it empty.
uninstall:
	rm -f $(BINS:$(O)/bin/%=$(DESTDIR)$(BINDIR)/%) $(DATA:share/gongwen/%=$(DESTDIR)$(DATADIR)/%) \
		$(patsubst man/%,$(DESTDIR)$(MANDIR)/man1/%,$(wildcard man/*.1)) \
		$(patsubst man/%,$(DESTDIR)$(MANDIR)/man7/%,$(wildcard man/*.7)) \
		$(DESTDIR)$(LIBDIR)/libgongwen.a $(DESTDIR)$(LIBDIR)/pkgconfig/gongwen.pc $(DESTDIR)$(INCLUDEDIR)/gongwen.h
	-rmdir $(DESTDIR)$(DATADIR) 2>/dev/null

clean:
	rm -rf build

.PHONY: all check check-install check-cluster check-db eval eval-floors check-valgrind check-slow regen demo bench fuzz install uninstall clean
.SECONDARY:
