<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<%@ taglib prefix="fn" uri="http://java.sun.com/jsp/jstl/functions" %>
<!DOCTYPE html>
<html>
<head>
  <title>Catalogue search</title>
  <link rel="stylesheet" href="${pageContext.request.contextPath}/static/library.css">
</head>
<body>
<jsp:include page="header.jsp"/>

<form action="search" method="get">
  <input type="text" name="q" value="<c:out value='${param.q}'/>">
  <select name="field">
    <option value="title">Title</option>
    <option value="author" ${param.field == 'author' ? 'selected' : ''}>Author</option>
  </select>
  <button type="submit">Search</button>
</form>

<c:if test="${not empty param.q}">
  <h2>Results for &ldquo;${param.q}&rdquo;</h2> <%-- vuln: xss --%>
</c:if>

<c:choose>
  <c:when test="${empty results}">
    <p>No books matched <strong>${fn:escapeXml(param.q)}</strong>.</p>
  </c:when>
  <c:otherwise>
    <table>
      <tr><th>Title</th><th>Author</th><th>Year</th><th>Available</th></tr>
      <c:forEach var="b" items="${results}">
        <tr>
          <td><a href="book?id=${b.id}"><c:out value="${b.title}"/></a></td>
          <td><c:out value="${b.author}"/></td>
          <td>${b.year}</td>
          <td>${b.available}</td>
        </tr>
      </c:forEach>
    </table>
  </c:otherwise>
</c:choose>
</body>
</html>
