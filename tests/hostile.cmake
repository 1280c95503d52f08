# A hostile or broken WinRM server (rras-sim's hostile fault kinds) against the client stack,
# once per client path: Basic over QNetworkAccessManager, and NTLM over the client's own HTTP
# connection (sealed), each well under 20 s.
if(TARGET rras_testsupport)
    rras_add_test(tst_hostileserver SOURCES tst_hostileserver.cpp
                  LIBS rras_backend rras_testsupport)
    rras_add_test(tst_hostileserver_negotiate SOURCES tst_hostileserver.cpp
                  LIBS rras_backend rras_testsupport)
    target_compile_definitions(tst_hostileserver_negotiate PRIVATE HOSTILE_NEGOTIATE)
endif()
