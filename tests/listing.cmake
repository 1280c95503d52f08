# The listing read straight into Tunnels (backend/rras/tunnellistreader), compared with the generic
# parse it replaces; the simulator's reply writer supplies listings (rras_testsupport links it).
if(TARGET rras_testsupport)
    rras_add_test(tst_tunnellistreader SOURCES tst_tunnellistreader.cpp
                  LIBS rras_backend rras_testsupport)
endif()
# rrasctl's json/csv listing rows (cli/output.cpp, compiled in) against what QJsonDocument wrote.
if(TARGET rras_testsupport)
    rras_add_test(tst_output SOURCES tst_output.cpp ${CMAKE_SOURCE_DIR}/cli/output.cpp
                  LIBS rras_backend rras_testsupport)
    target_include_directories(tst_output PRIVATE ${CMAKE_SOURCE_DIR}/cli)
endif()
