# Desktop integration: the icon set, translations, keyboard and accessibility, screenshots.
if(TARGET rras_ui AND TARGET rras_testsupport)
    rras_add_test(tst_icons SOURCES tst_icons.cpp palettes.h LIBS rras_ui)
    rras_add_test(tst_translations SOURCES tst_translations.cpp LIBS rras_ui)
    rras_add_test(tst_mainwindowkeyboard SOURCES tst_mainwindowkeyboard.cpp
                  LIBS rras_ui rras_testsupport)
    # Writes screenshot-<locale>-<light|dark>.png into the build directory (never into the
    # source tree); scripts/screenshots.sh copies them into docs/. RRAS_SCREENSHOT_LOCALES
    # (e.g. "en de fr es") chooses the languages, default "en de".
    rras_add_test(tst_screenshots SOURCES tst_screenshots.cpp palettes.h
                  LIBS rras_ui rras_testsupport LABELS screenshots)
    target_compile_definitions(tst_screenshots PRIVATE
        RRAS_SCREENSHOT_DIR="${CMAKE_CURRENT_BINARY_DIR}/screenshots")
endif()

# The desktop file and the AppStream metainfo are valid (when the validators are installed:
# desktop-file-utils, appstream).
find_program(RRAS_DESKTOP_FILE_VALIDATE desktop-file-validate)
if(RRAS_DESKTOP_FILE_VALIDATE)
    add_test(NAME desktop_file_valid
             COMMAND ${RRAS_DESKTOP_FILE_VALIDATE} ${CMAKE_SOURCE_DIR}/resources/rras-console.desktop)
    set_tests_properties(desktop_file_valid PROPERTIES LABELS desktop FAIL_REGULAR_EXPRESSION "error|warning")
endif()
find_program(RRAS_APPSTREAMCLI appstreamcli)
if(RRAS_APPSTREAMCLI)
    file(GLOB RRAS_METAINFO ${CMAKE_SOURCE_DIR}/resources/*.metainfo.xml)
    add_test(NAME metainfo_valid COMMAND ${RRAS_APPSTREAMCLI} validate --no-net ${RRAS_METAINFO})
    set_tests_properties(metainfo_valid PROPERTIES LABELS desktop)
endif()
