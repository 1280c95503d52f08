# models/ (item models over backend values) and the poller that feeds them.
# Each test is registered once its source exists, so that a half-finished area never breaks
# everyone's configure step.
function(rras_models_test name)
    if(EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/${name}.cpp)
        rras_add_test(${name} SOURCES ${name}.cpp ${ARGN})
    endif()
endfunction()

if(TARGET rras_models)
    rras_models_test(tst_tunneltablemodel LIBS rras_models)
    rras_models_test(tst_tunnelfiltermodel LIBS rras_models)
    if(TARGET rras_testsupport)
        rras_models_test(tst_serverlistmodel LIBS rras_models rras_testsupport)
        rras_models_test(tst_tunnelselectionchurn LIBS rras_models rras_testsupport)
    endif()
endif()
if(TARGET rras_testsupport)
    rras_models_test(tst_serverpoller LIBS rras_backend rras_testsupport)
endif()
