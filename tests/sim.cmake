# rras-sim: the simulator library, its executable, and the test fixture built on them.
if(TARGET rras_testsupport)
    # SimProcess starts the executable; the fixture library needs its path too.
    target_compile_definitions(rras_testsupport PRIVATE RRAS_SIM_PATH="$<TARGET_FILE:rras-sim>")
    add_dependencies(rras_testsupport rras-sim)
    rras_add_test(tst_rrassimulator SOURCES tst_rrassimulator.cpp LIBS rras_testsupport)
endif()
