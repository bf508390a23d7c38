# SPDX-License-Identifier: GPL-3.0-or-later
# Every source file of the project names its license in an SPDX line near its top, and the
# license text is there. Run with -DSOURCE_DIR=<repository>.
if(NOT EXISTS "${SOURCE_DIR}/LICENSE")
    message(FATAL_ERROR "LICENSE is missing")
endif()
file(READ "${SOURCE_DIR}/LICENSE" license LIMIT 200)
if(NOT license MATCHES "GNU GENERAL PUBLIC LICENSE[ \n]+Version 3")
    message(FATAL_ERROR "LICENSE is not the GPL version 3")
endif()
file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}"
    "${SOURCE_DIR}/src/*.cpp" "${SOURCE_DIR}/src/*.h" "${SOURCE_DIR}/src/*.sql" "${SOURCE_DIR}/src/*.html"
    "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h" "${SOURCE_DIR}/tests/*.cmake"
    "${SOURCE_DIR}/bench/*.cpp" "${SOURCE_DIR}/bench/*.sh" "${SOURCE_DIR}/bench/*.py"
    "${SOURCE_DIR}/scripts/*.sh" "${SOURCE_DIR}/scripts/*.cpp" "${SOURCE_DIR}/scripts/guest/*"
    "${SOURCE_DIR}/fuzz/*.cpp" "${SOURCE_DIR}/openapi/*.yaml"
    "${SOURCE_DIR}/CMakeLists.txt" "${SOURCE_DIR}/*/CMakeLists.txt" "${SOURCE_DIR}/src/*/CMakeLists.txt")
set(missing "")
foreach(source IN LISTS sources)
    file(STRINGS "${SOURCE_DIR}/${source}" head LIMIT_COUNT 3)
    if(NOT head MATCHES "SPDX-License-Identifier: GPL-3.0-or-later")
        list(APPEND missing "${source}")
    endif()
endforeach()
list(LENGTH sources count)
if(count LESS 100)
    message(FATAL_ERROR "only ${count} source files found under ${SOURCE_DIR}")
endif()
if(missing)
    string(REPLACE ";" "\n  " missing "${missing}")
    message(FATAL_ERROR "no SPDX-License-Identifier line in:\n  ${missing}")
endif()
message(STATUS "${count} source files carry the GPL-3.0-or-later SPDX line")
