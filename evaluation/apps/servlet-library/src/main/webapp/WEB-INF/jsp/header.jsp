<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<header>
  <a href="${pageContext.request.contextPath}/">Branch Library</a>
  <c:choose>
    <c:when test="${not empty sessionScope.displayName}">
      Signed in as <c:out value="${sessionScope.displayName}"/> &middot; <a href="account">Account</a>
    </c:when>
    <c:otherwise><a href="login">Sign in</a></c:otherwise>
  </c:choose>
</header>
