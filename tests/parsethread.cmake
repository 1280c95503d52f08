# Where listing replies are parsed (off the GUI thread when large) and lifetime safety meanwhile.
if(TARGET rras_testsupport)
    rras_add_test(tst_listingparsethread SOURCES tst_listingparsethread.cpp
                  LIBS rras_backend rras_testsupport)
endif()
