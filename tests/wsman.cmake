# WS-Management layer: envelope writer, reply parser, error type, client (against rras-sim in process).
rras_add_test(tst_bytewriting SOURCES tst_bytewriting.cpp LIBS rras_backend)
rras_add_test(tst_envelope SOURCES tst_envelope.cpp LIBS rras_backend)
rras_add_test(tst_replyparser SOURCES tst_replyparser.cpp LIBS rras_backend)
rras_add_test(tst_wsmanerror SOURCES tst_wsmanerror.cpp LIBS rras_backend)
if(TARGET rras_testsupport)
    rras_add_test(tst_wsmanclient SOURCES tst_wsmanclient.cpp LIBS rras_backend rras_testsupport)
endif()
