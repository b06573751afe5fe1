/* Shared by the fuzz targets: a failed property aborts with a message,
 * which libFuzzer (and the replay program) report as a crash. */
#ifndef GW_FUZZ_H
#define GW_FUZZ_H
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* Where CHECK reports. With GW_FUZZ_QUIET set (scripts/fuzz sets it),
 * the tools' own warnings on stderr go to /dev/null, as they would swamp
 * the log, while CHECK and the sanitizers still write to descriptor 2. */
static FILE *fz_err;
__attribute__((constructor)) static void fz_quiet(void)
{
	fz_err = stderr;
	if (getenv("GW_FUZZ_QUIET")) {
		FILE *f = fopen("/dev/null", "w");
		fz_err = fdopen(dup(2), "w");
		if (f && fz_err)
			stderr = f;
		else
			fz_err = stderr;
	}
}

#define CHECK(cond, ...) do { if (!(cond)) { \
	fprintf(fz_err, "%s:%d: property failed: %s: ", __FILE__, __LINE__, #cond); \
	fprintf(fz_err, __VA_ARGS__); fputc('\n', fz_err); fflush(fz_err); abort(); } } while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* An anonymous file holding data, read from offset 0: the readers get a
 * real descriptor without touching the disk. */
static inline int fz_memfd(const void *data, size_t n)
{
	int fd = memfd_create("fuzz", 0);
	if (fd < 0) { perror("memfd_create"); abort(); }
	const char *p = data;
	while (n) {
		ssize_t w = write(fd, p, n);
		if (w <= 0) { perror("write"); abort(); }
		p += w; n -= (size_t)w;
	}
	lseek(fd, 0, SEEK_SET);
	return fd;
}

/* Everything written to fd since offset 0, in a malloc'd buffer. */
static inline char *fz_slurp(int fd, size_t *n)
{
	off_t end = lseek(fd, 0, SEEK_END);
	char *b = malloc((size_t)end + 1);
	size_t got = 0;
	while (got < (size_t)end) {
		ssize_t r = pread(fd, b + got, (size_t)end - got, (off_t)got);
		if (r <= 0) { perror("pread"); abort(); }
		got += (size_t)r;
	}
	b[got] = 0;
	*n = got;
	return b;
}
#endif
