<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" isErrorPage="true" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<!DOCTYPE html>
<html>
<head><title>Not found</title></head>
<body>
<h1>Page not found</h1>
<p>No page at <c:out value="${requestScope['javax.servlet.error.request_uri']}"/>.</p>
</body>
</html>
