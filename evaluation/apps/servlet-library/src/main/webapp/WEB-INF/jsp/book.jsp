<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" %>
<%@ page import="org.example.library.data.Book" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<%
  Book book = (Book) request.getAttribute("book");
  String msg = request.getParameter("msg");
%>
<!DOCTYPE html>
<html>
<head><title><c:out value="${book.title}"/></title></head>
<body>
<jsp:include page="header.jsp"/>
<% if (msg != null) { %>
  <div class="flash"><%= msg %></div> <%-- vuln: xss --%>
<% } %>
<h1><c:out value="${book.title}"/></h1>
<p>by <c:out value="${book.author}"/>, <%= book.getYear() %></p>
<p>ISBN <c:out value="${book.isbn}"/> &middot; <%= book.getAvailable() %> copies on the shelf</p>

<form method="post" action="book">
  <input type="hidden" name="id" value="<%= book.getId() %>">
  <label>Note for the librarian <input name="note" maxlength="200"></label>
  <button type="submit">Place hold</button>
</form>
<a href="search?q=${param.back}">Back to results</a> <%-- vuln: xss --%>
</body>
</html>
