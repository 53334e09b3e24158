#ifndef CFUZZERDRIVER_H
#define CFUZZERDRIVER_H

#include <stddef.h>
#include <stdint.h>

/// The function libFuzzer calls with each input; returns 0.
typedef int (*FuzzerTestOneInput)(const uint8_t *data, size_t size);

/// Runs libFuzzer with the process's arguments, calling `callback` for every input.
/// Provided by the libFuzzer runtime linked in by -sanitize=fuzzer.
int LLVMFuzzerRunDriver(int *argc, char ***argv, FuzzerTestOneInput callback);

#endif
