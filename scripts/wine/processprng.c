/* processprng.c: a bcryptprimitives.dll for Wine 8, which lacks ProcessPrng.
 * Go 1.21 and later take all their random numbers from ProcessPrng and stop
 * at start without it; Windows 10 and 11 have it. RtlGenRandom (advapi32's
 * SystemFunction036) gives the same kind of bytes. Used only by the Wine
 * test prefix of scripts/windows-smoke.sh, never shipped. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buf, ULONG len);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size)
{
	while (size > 0) {
		ULONG n = size > 0x10000000 ? 0x10000000 : (ULONG)size;
		if (!SystemFunction036(data, n))
			return FALSE;
		data += n;
		size -= n;
	}
	return TRUE;
}
