// LLVMFuzzerRunDriver is defined by the libFuzzer runtime; this target only declares it.
#include "CFuzzerDriver.h"
