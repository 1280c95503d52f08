# Fails when a shipped .ts has unfinished, vanished or obsolete messages, a translation drops a
# placeholder or accelerator, or the sources hold a string lupdate would add (issue 8).
find_package(Python3 COMPONENTS Interpreter)
find_package(Qt6 COMPONENTS LinguistTools)
if(Python3_Interpreter_FOUND AND TARGET Qt6::lupdate)
    add_test(NAME translations_complete
             COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/scripts/check-translations.py
                     --lupdate $<TARGET_FILE:Qt6::lupdate> --root ${CMAKE_SOURCE_DIR})
endif()
