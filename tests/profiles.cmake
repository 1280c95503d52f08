# Server profiles, credentials and TLS trust (issue 6).
rras_add_test(tst_profilestore SOURCES tst_profilestore.cpp LIBS rras_backend rras_simulator)
rras_add_test(tst_serverconnection SOURCES tst_serverconnection.cpp LIBS rras_backend)

# The keychain against a real Secret Service: gnome-keyring on a private D-Bus session bus.
rras_add_test(tst_credentialstore SOURCES tst_credentialstore.cpp LIBS rras_backend)
add_test(NAME tst_credentialstore_keyring
         COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/keyring/with-keyring.sh $<TARGET_FILE:tst_credentialstore>)
set_tests_properties(tst_credentialstore_keyring PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=*.debug=false"
    SKIP_RETURN_CODE 77 TIMEOUT 120)
# The plain registration runs with no session bus at all: the "no keychain" path.
set_tests_properties(tst_credentialstore PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=*.debug=false;RRAS_TEST_NO_KEYCHAIN=1;DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/rras-no-bus")

if(TARGET rras_testsupport)
    rras_add_test(tst_servertrust SOURCES tst_servertrust.cpp LIBS rras_backend rras_testsupport)
    rras_add_test(tst_connectiontest SOURCES tst_connectiontest.cpp LIBS rras_backend rras_testsupport)
endif()

# The console's side: the server dialog, the certificate prompt and the server controller driven
# through the real main window (offscreen).
if(TARGET rras_ui AND TARGET rras_testsupport)
    rras_add_test(tst_serverdialog SOURCES tst_serverdialog.cpp LIBS rras_ui rras_testsupport)
    # Once more without GSSAPI's NTLM mechanism: NTLM is offered disabled, with the reason.
    add_test(NAME tst_serverdialog_nontlm COMMAND tst_serverdialog)
    set_tests_properties(tst_serverdialog_nontlm PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=*.debug=false;GSS_MECH_CONFIG=/dev/null;RRAS_TEST_EXPECT_UNAVAILABLE_AUTH=1"
        TIMEOUT 300)
endif()
if(TARGET rras_ui AND TARGET rras_testsupport)
    rras_add_test(tst_servercontroller SOURCES tst_servercontroller.cpp LIBS rras_ui rras_testsupport)
    # With a private Secret Service, and (the plain registration) with no keychain at all.
    add_test(NAME tst_servercontroller_keyring
             COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/keyring/with-keyring.sh $<TARGET_FILE:tst_servercontroller>)
    set_tests_properties(tst_servercontroller_keyring PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=*.debug=false"
        SKIP_RETURN_CODE 77 TIMEOUT 300)
    set_tests_properties(tst_servercontroller PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=*.debug=false;RRAS_TEST_NO_KEYCHAIN=1;DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/rras-no-bus")
endif()

# rrasctl --profile / --pin, as processes; once with a private Secret Service.
if(TARGET rras_testsupport)
    rras_add_test(tst_rrasctlprofile SOURCES tst_rrasctlprofile.cpp LIBS rras_backend rras_testsupport)
    add_test(NAME tst_rrasctlprofile_keyring
             COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/keyring/with-keyring.sh $<TARGET_FILE:tst_rrasctlprofile>)
    set_tests_properties(tst_rrasctlprofile_keyring PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=*.debug=false"
        SKIP_RETURN_CODE 77 TIMEOUT 300)
    set_tests_properties(tst_rrasctlprofile PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=*.debug=false;RRAS_TEST_NO_KEYCHAIN=1;DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/rras-no-bus")
endif()
