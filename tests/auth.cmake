# backend/auth (Negotiate: Kerberos, NTLM, sealing) and the connection-bound HTTP layer under it.
# The Kerberos tests make their own realm on loopback (tests/support/kdcfixture.*) and skip with
# the missing Debian package's name when krb5-kdc/krb5-admin-server/krb5-user/gss-ntlmssp are absent.
if(TARGET rras_testsupport)
    rras_add_test(tst_negotiateauthenticator SOURCES tst_negotiateauthenticator.cpp
                  LIBS rras_backend rras_testsupport)
endif()
if(TARGET rras_testsupport)
    rras_add_test(tst_wsmansession SOURCES tst_wsmansession.cpp LIBS rras_backend rras_testsupport)
endif()
if(TARGET rras_testsupport)
    rras_add_test(tst_httpconnection SOURCES tst_httpconnection.cpp LIBS rras_backend rras_testsupport)
endif()
if(TARGET rras_testsupport)
    rras_add_test(tst_serverset SOURCES tst_serverset.cpp LIBS rras_backend rras_testsupport)
endif()
