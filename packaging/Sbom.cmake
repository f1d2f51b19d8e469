# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Stockbook contributors
#
# Writes a CycloneDX 1.5 software bill of materials (JSON) for the built
# programs. Run at build time, after the programs are linked:
#
#   cmake -DOUTPUT=sbom.json -DNAME=stockbook -DVERSION=0.1.0
#         -DPROGRAMS="/path/stockbook;/path/stockbook-cli" -DREADELF=/usr/bin/readelf
#         [-DOBJDUMP=/usr/bin/objdump] [-DRUNTIME_PACKAGES="libqt6svg6"]
#         [-DLICENSE=GPL-3.0-or-later] [-DDESCRIPTION="..."] -P Sbom.cmake
#
# Each program's directly linked libraries (its DT_NEEDED entries, read with
# readelf) are found on disk, mapped to the Debian package that owns the file
# (dpkg -S) and versioned from the installed package (dpkg-query). Packages
# loaded at run time as Qt plugins, which no ELF header names, come from
# RUNTIME_PACKAGES. Every library has the purl
# pkg:deb/debian/NAME@VERSION?arch=ARCH; Stockbook itself, not a package of
# Debian's archive, is pkg:generic/NAME@VERSION.
cmake_minimum_required(VERSION 3.22)

foreach(required OUTPUT NAME VERSION PROGRAMS READELF)
    if(NOT DEFINED ${required} OR "${${required}}" STREQUAL "")
        message(FATAL_ERROR "Sbom.cmake: -D${required}=... is required")
    endif()
endforeach()
if(NOT DEFINED LICENSE)
    set(LICENSE "GPL-3.0-or-later")
endif()

find_program(DPKG dpkg REQUIRED)
find_program(DPKG_QUERY dpkg-query REQUIRED)

# Percent-encodes a purl version (purl allows only [A-Za-z0-9.-_~] unencoded);
# Debian versions may hold '+' and an epoch's ':'.
function(sbom_purl_version out version)
    string(REPLACE "%" "%25" version "${version}")
    string(REPLACE "+" "%2B" version "${version}")
    string(REPLACE ":" "%3A" version "${version}")
    set(${out} "${version}" PARENT_SCOPE)
endfunction()

# Which package owns each of FILES: sets sbom_owner_<file> for every file that
# one dpkg -S call (dpkg is slow to start) finds. A library found as
# /lib/... may be listed as /usr/lib/... (merged /usr) or the other way round,
# and a link may be listed only under the name it points to: those twins are
# asked for too and count for the file.
function(sbom_find_owners)
    set(queries "")
    foreach(file IN LISTS ARGN)
        if(file MATCHES "^/usr(/.*)$")
            set(twin "${CMAKE_MATCH_1}")
        else()
            set(twin "/usr${file}")
        endif()
        file(REAL_PATH "${file}" real)
        set(sbom_candidates_${file} "${file};${twin};${real}")
        list(APPEND queries "${file}" "${twin}" "${real}")
    endforeach()
    list(REMOVE_DUPLICATES queries)
    # Exits 1 when some twin is nobody's; the files it found are printed all the same.
    execute_process(COMMAND "${DPKG}" -S ${queries} OUTPUT_VARIABLE listing ERROR_QUIET)
    string(REPLACE "\n" ";" lines "${listing}")
    foreach(line IN LISTS lines)
        # "package[:arch][, other[:arch]...]: /path"; the first owner counts.
        # Diversions are listed as "diversion by P from: /path" and skipped.
        if(line MATCHES "^diversion ")
            continue()
        endif()
        if(line MATCHES "^([^ ,]+)(, [^ ,]+)*: (/.*)$")
            set(owner_of_${CMAKE_MATCH_3} "${CMAKE_MATCH_1}")
        endif()
    endforeach()
    foreach(file IN LISTS ARGN)
        foreach(candidate IN LISTS sbom_candidates_${file})
            if(DEFINED owner_of_${candidate})
                set(sbom_owner_${file} "${owner_of_${candidate}}" PARENT_SCOPE)
                break()
            endif()
        endforeach()
    endforeach()
endfunction()

# string(JSON SET) takes JSON values: a plain one-line text is quoted here.
function(sbom_json_string out text)
    string(REPLACE "\\" "\\\\" text "${text}")
    string(REPLACE "\"" "\\\"" text "${text}")
    set(${out} "\"${text}\"" PARENT_SCOPE)
endfunction()

# Adds the component for Debian package PKG (optionally PKG:ARCH) unless it is
# there already; sets ${out} to its bom-ref. SONAME and NOTE become properties.
set(components "[]")
set(component_refs "")
function(sbom_add_package out pkg soname note)
    execute_process(COMMAND "${DPKG_QUERY}" -W
        "-f=\${Package}\t\${Version}\t\${Architecture}\t\${source:Package}\t\${binary:Summary}" "${pkg}"
        OUTPUT_VARIABLE fields RESULT_VARIABLE rc ERROR_VARIABLE error OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(NOT rc EQUAL 0 OR fields STREQUAL "")
        message(FATAL_ERROR "Sbom.cmake: dpkg-query knows no installed package ${pkg}: ${error}")
    endif()
    string(REPLACE ";" "," fields "${fields}")
    string(REPLACE "\t" ";" fields "${fields}")
    list(GET fields 0 name)
    list(GET fields 1 version)
    list(GET fields 2 arch)
    list(GET fields 3 source)
    list(GET fields 4 summary)
    sbom_purl_version(purl_version "${version}")
    set(purl "pkg:deb/debian/${name}@${purl_version}?arch=${arch}")
    set(${out} "${purl}" PARENT_SCOPE)

    list(FIND component_refs "${purl}" known)
    if(known GREATER_EQUAL 0)
        # Another soname from the same package (libssl3 ships libssl and libcrypto).
        if(NOT soname STREQUAL "")
            string(JSON count LENGTH "${components}")
            math(EXPR last "${count} - 1")
            foreach(i RANGE ${last})
                string(JSON ref GET "${components}" ${i} "bom-ref")
                if(ref STREQUAL purl)
                    string(JSON props GET "${components}" ${i} properties)
                    string(JSON nprops LENGTH "${props}")
                    set(already FALSE)
                    math(EXPR plast "${nprops} - 1")
                    foreach(p RANGE ${plast})
                        string(JSON pvalue GET "${props}" ${p} value)
                        if(pvalue STREQUAL soname)
                            set(already TRUE)
                        endif()
                    endforeach()
                    if(NOT already)
                        string(JSON components SET "${components}" ${i} properties ${nprops}
                            "{\"name\": \"stockbook:soname\", \"value\": \"${soname}\"}")
                    endif()
                endif()
            endforeach()
            set(components "${components}" PARENT_SCOPE)
        endif()
        return()
    endif()

    set(c "{}")
    string(JSON c SET "${c}" type "\"library\"")
    string(JSON c SET "${c}" "bom-ref" "\"${purl}\"")
    string(JSON c SET "${c}" name "\"${name}\"")
    string(JSON c SET "${c}" version "\"${version}\"")
    sbom_json_string(description "${summary}")
    string(JSON c SET "${c}" description "${description}")
    string(JSON c SET "${c}" purl "\"${purl}\"")
    set(props "[]")
    string(JSON props SET "${props}" 0 "{\"name\": \"debian:source\", \"value\": \"${source}\"}")
    if(NOT soname STREQUAL "")
        string(JSON props SET "${props}" 1 "{\"name\": \"stockbook:soname\", \"value\": \"${soname}\"}")
    endif()
    if(NOT note STREQUAL "")
        string(JSON n LENGTH "${props}")
        string(JSON props SET "${props}" ${n} "{\"name\": \"stockbook:note\", \"value\": \"${note}\"}")
    endif()
    string(JSON c SET "${c}" properties "${props}")
    string(JSON n LENGTH "${components}")
    string(JSON components SET "${components}" ${n} "${c}")
    list(APPEND component_refs "${purl}")
    set(components "${components}" PARENT_SCOPE)
    set(component_refs "${component_refs}" PARENT_SCOPE)
endfunction()

# Stockbook itself is not in Debian's archive: a generic purl names it.
sbom_purl_version(project_purl_version "${VERSION}")
set(project_ref "pkg:generic/${NAME}@${project_purl_version}")
set(dependencies "[]")
set(project_depends "[]")

# Each program's own DT_NEEDED entries: what it links, not what those link.
foreach(program IN LISTS PROGRAMS)
    if(NOT EXISTS "${program}")
        message(FATAL_ERROR "Sbom.cmake: no program at ${program}")
    endif()
    execute_process(COMMAND "${READELF}" --dynamic --wide "${program}"
        OUTPUT_VARIABLE dynamic RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "Sbom.cmake: readelf failed on ${program}")
    endif()
    string(REGEX MATCHALL "\\(NEEDED\\)[^\n]*\\[[^]\n]+\\]" needed_lines "${dynamic}")
    set(sonames_${program} "")
    foreach(line IN LISTS needed_lines)
        string(REGEX REPLACE ".*\\[([^]]+)\\]$" "\\1" soname "${line}")
        list(APPEND sonames_${program} "${soname}")
    endforeach()
endforeach()

# Where the dynamic linker finds each library, for all programs in one pass.
set(CMAKE_GET_RUNTIME_DEPENDENCIES_PLATFORM "linux+elf")
set(CMAKE_GET_RUNTIME_DEPENDENCIES_TOOL "objdump")
if(NOT DEFINED OBJDUMP)
    find_program(OBJDUMP objdump REQUIRED)
endif()
set(CMAKE_GET_RUNTIME_DEPENDENCIES_COMMAND "${OBJDUMP}")
file(GET_RUNTIME_DEPENDENCIES EXECUTABLES ${PROGRAMS}
    RESOLVED_DEPENDENCIES_VAR resolved UNRESOLVED_DEPENDENCIES_VAR unresolved)
set(needed_paths "")
foreach(program IN LISTS PROGRAMS)
    get_filename_component(program_name "${program}" NAME)
    foreach(soname IN LISTS sonames_${program})
        set(path_of_${soname} "")
        foreach(candidate IN LISTS resolved)
            get_filename_component(base "${candidate}" NAME)
            if(base STREQUAL soname)
                set(path_of_${soname} "${candidate}")
                break()
            endif()
        endforeach()
        if(path_of_${soname} STREQUAL "")
            message(FATAL_ERROR "Sbom.cmake: ${program_name} needs ${soname}, which is not found")
        endif()
        list(APPEND needed_paths "${path_of_${soname}}")
    endforeach()
endforeach()
list(REMOVE_DUPLICATES needed_paths)
sbom_find_owners(${needed_paths})

foreach(program IN LISTS PROGRAMS)
    get_filename_component(program_name "${program}" NAME)
    set(refs "")
    foreach(soname IN LISTS sonames_${program})
        set(path "${path_of_${soname}}")
        if(NOT DEFINED sbom_owner_${path})
            message(FATAL_ERROR "Sbom.cmake: no Debian package owns ${path} (needed by ${program_name})")
        endif()
        sbom_add_package(ref "${sbom_owner_${path}}" "${soname}" "")
        list(APPEND refs "${ref}")
    endforeach()
    # libc6 alone ships libc, libm and the dynamic linker: one entry each package.
    list(REMOVE_DUPLICATES refs)
    set(program_depends "[]")
    foreach(ref IN LISTS refs)
        string(JSON n LENGTH "${program_depends}")
        string(JSON program_depends SET "${program_depends}" ${n} "\"${ref}\"")
    endforeach()

    # The program itself, as part of the package.
    set(program_ref "${project_ref}#${program_name}")
    set(c "{}")
    string(JSON c SET "${c}" type "\"application\"")
    string(JSON c SET "${c}" "bom-ref" "\"${program_ref}\"")
    string(JSON c SET "${c}" name "\"${program_name}\"")
    string(JSON c SET "${c}" version "\"${VERSION}\"")
    string(JSON c SET "${c}" licenses "[{\"license\": {\"id\": \"${LICENSE}\"}}]")
    string(JSON n LENGTH "${components}")
    string(JSON components SET "${components}" ${n} "${c}")
    string(JSON n LENGTH "${project_depends}")
    string(JSON project_depends SET "${project_depends}" ${n} "\"${program_ref}\"")
    string(JSON n LENGTH "${dependencies}")
    string(JSON dependencies SET "${dependencies}" ${n}
        "{\"ref\": \"${program_ref}\", \"dependsOn\": ${program_depends}}")
endforeach()

foreach(pkg IN LISTS RUNTIME_PACKAGES)
    sbom_add_package(ref "${pkg}" "" "loaded at run time as a Qt plugin")
    string(JSON n LENGTH "${project_depends}")
    string(JSON project_depends SET "${project_depends}" ${n} "\"${ref}\"")
endforeach()
string(JSON n LENGTH "${dependencies}")
string(JSON dependencies SET "${dependencies}" ${n} "{\"ref\": \"${project_ref}\", \"dependsOn\": ${project_depends}}")

# The libraries depend on nothing listed here (their own dependencies are
# Debian's business); CycloneDX still wants an entry per component.
foreach(ref IN LISTS component_refs)
    string(JSON n LENGTH "${dependencies}")
    string(JSON dependencies SET "${dependencies}" ${n} "{\"ref\": \"${ref}\", \"dependsOn\": []}")
endforeach()

# A serial number derived from name and version keeps the file reproducible;
# the timestamp follows SOURCE_DATE_EPOCH when it is set.
string(UUID serial NAMESPACE 6ba7b811-9dad-11d1-80b4-00c04fd430c8
    NAME "${project_ref}" TYPE SHA1)
string(TIMESTAMP timestamp "%Y-%m-%dT%H:%M:%SZ" UTC)

set(project_component "{}")
string(JSON project_component SET "${project_component}" type "\"application\"")
string(JSON project_component SET "${project_component}" "bom-ref" "\"${project_ref}\"")
string(JSON project_component SET "${project_component}" name "\"${NAME}\"")
string(JSON project_component SET "${project_component}" version "\"${VERSION}\"")
if(DEFINED DESCRIPTION)
    sbom_json_string(description "${DESCRIPTION}")
    string(JSON project_component SET "${project_component}" description "${description}")
endif()
string(JSON project_component SET "${project_component}" licenses
    "[{\"license\": {\"id\": \"${LICENSE}\"}}]")
string(JSON project_component SET "${project_component}" purl "\"${project_ref}\"")

set(bom "{}")
string(JSON bom SET "${bom}" bomFormat "\"CycloneDX\"")
string(JSON bom SET "${bom}" specVersion "\"1.5\"")
string(JSON bom SET "${bom}" serialNumber "\"urn:uuid:${serial}\"")
string(JSON bom SET "${bom}" version 1)
string(JSON bom SET "${bom}" metadata "{}")
string(JSON bom SET "${bom}" metadata timestamp "\"${timestamp}\"")
string(JSON bom SET "${bom}" metadata tools
    "{\"components\": [{\"type\": \"application\", \"name\": \"cmake\", \"version\": \"${CMAKE_VERSION}\", \"description\": \"packaging/Sbom.cmake\"}]}")
string(JSON bom SET "${bom}" metadata component "${project_component}")
string(JSON bom SET "${bom}" components "${components}")
string(JSON bom SET "${bom}" dependencies "${dependencies}")

get_filename_component(output_dir "${OUTPUT}" DIRECTORY)
file(MAKE_DIRECTORY "${output_dir}")
file(WRITE "${OUTPUT}.tmp" "${bom}\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
string(JSON count LENGTH "${components}")
message(STATUS "Sbom.cmake: wrote ${OUTPUT} (${count} components)")
