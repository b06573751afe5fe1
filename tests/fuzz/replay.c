/* Replays fuzz inputs without libFuzzer: each file named (or each file in
 * each directory named) is passed once to LLVMFuzzerTestOneInput. Built
 * with the sanitizers, this keeps every crash input found as a test. */
#include "fuzz.h"

#include <dirent.h>
#include <sys/stat.h>

int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));

static size_t ran;

static void one(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f) { perror(path); exit(2); }
	size_t cap = 1 << 16, n = 0;
	char *b = malloc(cap);
	size_t r;
	while ((r = fread(b + n, 1, cap - n, f)) > 0) {
		n += r;
		if (n == cap) b = realloc(b, cap *= 2);
	}
	fclose(f);
	/* An exact-size copy, so ASan sees reads past the end. */
	uint8_t *d = malloc(n ? n : 1);
	memcpy(d, b, n);
	free(b);
	LLVMFuzzerTestOneInput(d, n);
	free(d);
	ran++;
}

static int cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int main(int argc, char **argv)
{
	if (LLVMFuzzerInitialize)
		LLVMFuzzerInitialize(&argc, &argv);
	for (int i = 1; i < argc; i++) {
		struct stat st;
		if (stat(argv[i], &st) < 0) { perror(argv[i]); return 2; }
		if (!S_ISDIR(st.st_mode)) { one(argv[i]); continue; }
		DIR *d = opendir(argv[i]);
		struct dirent *e;
		char **names = NULL;
		size_t k = 0;
		while (d && (e = readdir(d))) {
			if (e->d_name[0] == '.') continue;
			names = realloc(names, (k + 1) * sizeof *names);
			names[k] = malloc(strlen(argv[i]) + strlen(e->d_name) + 2);
			sprintf(names[k++], "%s/%s", argv[i], e->d_name);
		}
		if (d) closedir(d);
		if (k)
			qsort(names, k, sizeof *names, cmp);
		for (size_t j = 0; j < k; j++) { one(names[j]); free(names[j]); }
		free(names);
	}
	printf("%zu inputs\n", ran);
	return 0;
}
