# pywinrm (Debian's python3-winrm, visible to /usr/bin/python3 only) against rras-sim and rrasctl.
add_test(NAME interop_pywinrm
         COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/interop/test_pywinrm.py
                 --sim $<TARGET_FILE:rras-sim> --rrasctl $<TARGET_FILE:rrasctl>)
set_tests_properties(interop_pywinrm PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300 LABELS interop)
