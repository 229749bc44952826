/* holder.c: holds a file open the way OneDrive or a virus scanner does
 * right after it changes: for reading, sharing reading and writing but not
 * deletion, so that Windows refuses to replace the file meanwhile.
 *
 *   holder.exe FILE SECONDS
 *
 * It prints "holding" once the file is open, then lets go after SECONDS.
 * Built and used by scripts/windows-smoke.sh only. */
#include <windows.h>
#include <stdio.h>
#include <stdlib.h>

int wmain(int argc, wchar_t **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: holder.exe FILE SECONDS\n");
		return 2;
	}
	HANDLE h = CreateFileW(argv[1], GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE,
	                       NULL, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
	if (h == INVALID_HANDLE_VALUE) {
		fprintf(stderr, "holder: cannot open the file: error %lu\n", GetLastError());
		return 1;
	}
	printf("holding\n");
	fflush(stdout);
	Sleep((DWORD)_wtoi(argv[2]) * 1000);
	CloseHandle(h);
	return 0;
}
