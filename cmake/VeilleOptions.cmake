# One INTERFACE target carries the language standard, warnings and the strict Qt defines that
# every Veille target builds with. Linking veille_options is the only way a target gets them.
add_library(veille_options INTERFACE)
target_compile_features(veille_options INTERFACE cxx_std_20)
target_compile_definitions(veille_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    VEILLE_VERSION="${PROJECT_VERSION}")
if(MSVC)
    target_compile_options(veille_options INTERFACE /W4 /permissive- /utf-8)
else()
    target_compile_options(veille_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
        -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
endif()

set(VEILLE_SANITIZE "" CACHE STRING "Sanitizers to build with, e.g. address,undefined")
if(VEILLE_SANITIZE)
    target_compile_options(veille_options INTERFACE
        -fsanitize=${VEILLE_SANITIZE} -fno-omit-frame-pointer)
    target_link_options(veille_options INTERFACE -fsanitize=${VEILLE_SANITIZE})
endif()
