# The soak's short version (issue 9, point 3): the console's models, pollers, disconnect jobs and
# history against rras-sim (10 servers x 500 tunnels, churn, injected faults) for 2 minutes.
# Label "soak"; bench/soak.sh runs the full one (50 x 1,000, 30 minutes) outside ctest.
if(NOT TARGET rras_soak AND TARGET rras_models AND TARGET rras-sim)
    add_subdirectory(${CMAKE_SOURCE_DIR}/bench/soak ${CMAKE_BINARY_DIR}/bench/soak)
endif()
if(TARGET rras_soak)
    add_test(NAME soak_2min
             COMMAND rras_soak --seconds 120 --servers 10 --tunnels 500 --interval-ms 2000
                     --job-every-s 15 --report-s 30 --sample-s 2 --seed 3)
    # Two processes (the soak and rras-sim), each mostly on one core.
    set_tests_properties(soak_2min PROPERTIES
        LABELS soak
        TIMEOUT 300
        PROCESSORS 2
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=*.debug=false")
endif()
