# ui/: the real main window, offscreen, against rras-sim in process.
if(TARGET rras_ui AND TARGET rras_testsupport)
    rras_add_test(tst_mainwindow SOURCES tst_mainwindow.cpp LIBS rras_ui rras_testsupport)
    rras_add_test(tst_addresslistmatcher SOURCES tst_addresslistmatcher.cpp LIBS rras_ui)
    rras_add_test(tst_bulkdisconnect SOURCES tst_bulkdisconnect.cpp LIBS rras_backend rras_testsupport)
    rras_add_test(tst_outcomemodel SOURCES tst_outcomemodel.cpp LIBS rras_models)
    rras_add_test(tst_itempainter SOURCES tst_itempainter.cpp LIBS rras_ui)
endif()
