dnl Bindings: detected here, built when found (see bindings/*/local.mk).
dnl
dnl   --enable-python / --enable-java   default "auto": build when SWIG and the
dnl   language's tools are found; "yes" makes a missing tool an error; "no" skips.
dnl
dnl Substitutes: SWIG, PYTHON (the real interpreter, not a shim), PYTHON_CPPFLAGS,
dnl PYTHON_EXT_SUFFIX, gsbpythondir; JAVAC, JAVA, JAR, JNI_CPPFLAGS, JAVAC_FLAGS,
dnl JUNIT_CP, gsbjnidir, gsbjardir.

AC_ARG_ENABLE([python],
  [AS_HELP_STRING([--enable-python], [build the Python binding (default: when SWIG and Python 3 headers are found)])],
  [], [enable_python=auto])
AC_ARG_ENABLE([java],
  [AS_HELP_STRING([--enable-java], [build the Java binding (default: when SWIG and a JDK are found)])],
  [], [enable_java=auto])

dnl ---- SWIG (needed by both) ----
gsb_have_swig=no
if test "x$enable_python" != xno || test "x$enable_java" != xno; then
  AX_PKG_SWIG([4.0.0], [gsb_have_swig=yes], [gsb_have_swig=no])
fi
AC_ARG_VAR([SWIG], [the SWIG program])

dnl ---- Python 3 ----
gsb_build_python=no
gsb_python_why=
if test "x$enable_python" != xno; then
  AC_ARG_VAR([PYTHON], [the Python 3 interpreter for the binding])
  AC_PATH_PROGS([PYTHON], [python3 python])
  if test -n "$PYTHON"; then
    dnl A pyenv or Debian "python" shim is resolved to the interpreter it runs.
    AC_MSG_CHECKING([for the real Python interpreter])
    gsb_py_real=`$PYTHON -c 'import sys; assert sys.version_info >= (3, 6); print(sys.executable)' 2>/dev/null`
    if test -n "$gsb_py_real" && test -x "$gsb_py_real"; then
      PYTHON=$gsb_py_real
      AC_MSG_RESULT([$PYTHON])
    else
      AC_MSG_RESULT([none (Python 3.6 or later is needed)])
      PYTHON=
    fi
  fi
  if test -n "$PYTHON"; then
    AC_MSG_CHECKING([for Python include flags])
    PYTHON_CPPFLAGS=`$PYTHON -c 'import sysconfig; p = sysconfig.get_paths(); print(" ".join(sorted({"-I" + p[["include"]], "-I" + p[["platinclude"]]})))'`
    AC_MSG_RESULT([$PYTHON_CPPFLAGS])
    AC_MSG_CHECKING([for the Python extension suffix])
    PYTHON_EXT_SUFFIX=`$PYTHON -c 'import sysconfig; print(sysconfig.get_config_var("EXT_SUFFIX") or ".so")'`
    AC_MSG_RESULT([$PYTHON_EXT_SUFFIX])
    AC_MSG_CHECKING([whether Python.h compiles])
    gsb_save_CPPFLAGS=$CPPFLAGS
    CPPFLAGS="$CPPFLAGS $PYTHON_CPPFLAGS"
    AC_COMPILE_IFELSE([AC_LANG_PROGRAM([[#include <Python.h>]], [[Py_Initialize();]])],
      [gsb_py_h=yes], [gsb_py_h=no])
    CPPFLAGS=$gsb_save_CPPFLAGS
    AC_MSG_RESULT([$gsb_py_h])
    if test "x$gsb_py_h" = xyes; then
      if test "x$gsb_have_swig" = xyes; then
        gsb_build_python=yes
      else
        gsb_python_why="SWIG 4 not found"
      fi
    else
      gsb_python_why="Python.h not found (install python3-dev)"
    fi
  else
    gsb_python_why="no Python 3 interpreter"
  fi
  if test "x$gsb_build_python" != xyes && test "x$enable_python" = xyes; then
    AC_MSG_ERROR([--enable-python: $gsb_python_why])
  fi
fi
dnl Where `make install` puts the geshibai package: under the prefix by default
dnl (GNU rules: prefix/lib/python3.X/site-packages), or --with-python-sitedir.
AC_ARG_WITH([python-sitedir],
  [AS_HELP_STRING([--with-python-sitedir=DIR],
    [install the geshibai Python package into DIR (default: EPREFIX/lib/pythonX.Y/site-packages;
     give the interpreter's own with --with-python-sitedir=`python3 -c "import sysconfig; print(sysconfig.get_path('platlib'))"`)])],
  [gsbpythondir=$withval], [gsbpythondir=])
if test "x$gsb_build_python" = xyes && test -z "$gsbpythondir"; then
  gsb_pyver=`$PYTHON -c 'import sys; print("%d.%d" % sys.version_info[[:2]])'`
  gsbpythondir='${exec_prefix}/lib/python'$gsb_pyver'/site-packages'
fi
AC_SUBST([PYTHON_CPPFLAGS])
AC_SUBST([PYTHON_EXT_SUFFIX])
AC_SUBST([gsbpythondir])

dnl ---- Java (JDK 11 or later: javac --release) ----
gsb_build_java=no
gsb_java_why=
if test "x$enable_java" != xno; then
  AC_ARG_VAR([JAVAC], [the Java compiler])
  AC_ARG_VAR([JAVA], [the Java virtual machine])
  AC_ARG_VAR([JAR], [the jar tool])
  if test -n "$JAVA_HOME"; then
    gsb_jpath="$JAVA_HOME/bin$PATH_SEPARATOR$PATH"
  else
    gsb_jpath=$PATH
  fi
  AC_PATH_PROG([JAVAC], [javac], [], [$gsb_jpath])
  AC_PATH_PROG([JAVA], [java], [], [$gsb_jpath])
  AC_PATH_PROG([JAR], [jar], [], [$gsb_jpath])
  if test -n "$JAVAC" && test -n "$JAVA" && test -n "$JAR"; then
    AC_MSG_CHECKING([whether $JAVAC accepts --release 11 -encoding UTF-8])
    JAVAC_FLAGS="--release 11 -encoding UTF-8 -Xlint:all,-options"
    gsb_jdir=`mktemp -d 2>/dev/null || echo conftest.jdir`
    mkdir -p "$gsb_jdir"
    printf 'public class Conftest { public static void main(String[[]] a) { System.out.println("\\u00e9"); } }\n' > "$gsb_jdir/Conftest.java"
    if $JAVAC $JAVAC_FLAGS -d "$gsb_jdir" "$gsb_jdir/Conftest.java" >&AS_MESSAGE_LOG_FD 2>&1 &&
       $JAVA -cp "$gsb_jdir" Conftest >&AS_MESSAGE_LOG_FD 2>&1; then
      gsb_javac_ok=yes
    else
      gsb_javac_ok=no
    fi
    rm -rf "$gsb_jdir"
    AC_MSG_RESULT([$gsb_javac_ok])
    if test "x$gsb_javac_ok" = xyes; then
      dnl AX_JNI_INCLUDE_DIR gives bare directories, and none on a cached run;
      dnl it wants JAVA_HOME (a full $JAVAC path defeats its own search).
      gsb_save_JAVA_HOME=$JAVA_HOME
      if test -z "$JAVA_HOME"; then
        gsb_javac_real=`readlink -f "$JAVAC" 2>/dev/null || echo "$JAVAC"`
        JAVA_HOME=`AS_DIRNAME(["$gsb_javac_real"])`
        JAVA_HOME=`AS_DIRNAME(["$JAVA_HOME"])`
      fi
      AX_JNI_INCLUDE_DIR
      JAVA_HOME=$gsb_save_JAVA_HOME
      if test -z "$JNI_INCLUDE_DIRS" && test -n "$ac_cv_jni_header_path" &&
         test "x$ac_cv_jni_header_path" != xnone; then
        JNI_INCLUDE_DIRS=$ac_cv_jni_header_path
        for gsb_d in linux genunix; do
          test -d "$ac_cv_jni_header_path/$gsb_d" && JNI_INCLUDE_DIRS="$JNI_INCLUDE_DIRS $ac_cv_jni_header_path/$gsb_d"
        done
      fi
      JNI_CPPFLAGS=
      for gsb_d in $JNI_INCLUDE_DIRS; do
        JNI_CPPFLAGS="$JNI_CPPFLAGS -I$gsb_d"
      done
      AC_MSG_CHECKING([whether jni.h compiles])
      gsb_save_CPPFLAGS=$CPPFLAGS
      CPPFLAGS="$CPPFLAGS $JNI_CPPFLAGS"
      AC_COMPILE_IFELSE([AC_LANG_PROGRAM([[#include <jni.h>]], [[JNIEnv *e = 0; (void)e;]])],
        [gsb_jni_h=yes], [gsb_jni_h=no])
      CPPFLAGS=$gsb_save_CPPFLAGS
      AC_MSG_RESULT([$gsb_jni_h])
      if test "x$gsb_jni_h" != xyes; then
        gsb_java_why="jni.h not found (set JAVA_HOME)"
      elif test "x$gsb_have_swig" != xyes; then
        gsb_java_why="SWIG 4 not found"
      else
        gsb_build_java=yes
      fi
    else
      gsb_java_why="$JAVAC cannot compile with --release 11"
    fi
  else
    gsb_java_why="no JDK (javac, java and jar) found"
  fi
  if test "x$gsb_build_java" != xyes && test "x$enable_java" = xyes; then
    AC_MSG_ERROR([--enable-java: $gsb_java_why])
  fi
fi
dnl JUnit 4 (Debian: junit4, with hamcrest) for the Java tests.
AC_ARG_VAR([JUNIT_CP], [class path of JUnit 4 and Hamcrest for the Java tests])
gsb_have_junit=no
if test "x$gsb_build_java" = xyes; then
  AC_MSG_CHECKING([for JUnit 4])
  if test -z "$JUNIT_CP"; then
    for gsb_j in /usr/share/java/junit4.jar /usr/share/java/junit.jar; do
      if test -f "$gsb_j"; then JUNIT_CP=$gsb_j; break; fi
    done
    if test -n "$JUNIT_CP"; then
      for gsb_j in /usr/share/java/hamcrest-core.jar /usr/share/java/hamcrest.jar; do
        if test -f "$gsb_j"; then JUNIT_CP="$JUNIT_CP:$gsb_j"; break; fi
      done
    fi
  fi
  if test -n "$JUNIT_CP"; then gsb_have_junit=yes; fi
  AC_MSG_RESULT([${JUNIT_CP:-no}])
  if test "x$gsb_have_junit" != xyes; then
    AC_MSG_WARN([JUnit 4 not found: the Java tests will fail (install junit4 or set JUNIT_CP)])
  fi
fi
AC_SUBST([JNI_CPPFLAGS])
AC_SUBST([JAVAC_FLAGS])
dnl Debian's places: JNI libraries in libdir/jni, jars in datadir/java.
AC_SUBST([gsbjnidir], ['${libdir}/jni'])
AC_SUBST([gsbjardir], ['${datadir}/java'])

AM_CONDITIONAL([ENABLE_PYTHON], [test "x$gsb_build_python" = xyes])
AM_CONDITIONAL([ENABLE_JAVA], [test "x$gsb_build_java" = xyes])
AM_CONDITIONAL([HAVE_JUNIT], [test "x$gsb_have_junit" = xyes])

AC_MSG_NOTICE([Python binding: $gsb_build_python${gsb_python_why:+ ($gsb_python_why)}])
AC_MSG_NOTICE([Java binding: $gsb_build_java${gsb_java_why:+ ($gsb_java_why)}])
