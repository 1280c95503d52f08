# backend/rras and rrasctl.
rras_add_test(tst_hostaddress SOURCES tst_hostaddress.cpp LIBS rras_backend)
if(EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/tst_tunnelreader.cpp)
    rras_add_test(tst_tunnelreader SOURCES tst_tunnelreader.cpp LIBS rras_backend)
endif()
if(TARGET rras_testsupport AND EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/tst_wsmanrrasclient.cpp)
    rras_add_test(tst_wsmanrrasclient SOURCES tst_wsmanrrasclient.cpp
                  LIBS rras_backend rras_testsupport)
endif()
if(TARGET rras_testsupport AND EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/tst_rrasctl.cpp)
    rras_add_test(tst_rrasctl SOURCES tst_rrasctl.cpp LIBS rras_backend rras_testsupport)
endif()
