# Sanitizer builds (clang or GCC for RRAS_SANITIZE, clang only for RRAS_FUZZ).
#
# RRAS_SANITIZE (preset "asan"): every target with AddressSanitizer (LeakSanitizer included on
# Linux) and UndefinedBehaviorSanitizer; undefined behaviour aborts instead of printing and going on,
# so that a test that hits it fails.
#
# RRAS_FUZZ (scripts/fuzz.sh, build/fuzz): every library is instrumented for libFuzzer's coverage
# (-fsanitize=fuzzer-no-link) plus ASan and UBSan; only the targets under fuzz/ link libFuzzer's
# main (-fsanitize=fuzzer), so the rest of the tree still configures (tests and tools are simply not
# built there).
option(RRAS_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(RRAS_FUZZ "Build the libFuzzer targets under fuzz/ (clang only)" OFF)

set(RRAS_SANITIZER_FLAGS -fsanitize=address,undefined -fno-omit-frame-pointer
                         -fno-sanitize-recover=undefined)
if(RRAS_SANITIZE AND NOT RRAS_FUZZ)
    add_compile_options(${RRAS_SANITIZER_FLAGS})
    add_link_options(-fsanitize=address,undefined)
endif()

if(RRAS_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "RRAS_FUZZ needs clang (libFuzzer): configure with "
                            "-DCMAKE_CXX_COMPILER=clang++")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link ${RRAS_SANITIZER_FLAGS})
    # Shared libraries and plain executables (moc, tools) link the sanitizer runtimes only; the
    # fuzz targets add -fsanitize=fuzzer themselves (fuzz/CMakeLists.txt).
    add_link_options(-fsanitize=address,undefined)
endif()
