# Fuzzing regressions: every input that once crashed a fuzz target (tests/data/fuzz-regressions/
# <target>/*) replayed through the target's own checks (fuzz/fuzzchecks.cpp), in the normal build.
rras_add_test(tst_fuzzregressions SOURCES tst_fuzzregressions.cpp
              ${CMAKE_SOURCE_DIR}/fuzz/fuzzchecks.cpp LIBS rras_backend)
target_include_directories(tst_fuzzregressions PRIVATE ${CMAKE_SOURCE_DIR}/fuzz)
