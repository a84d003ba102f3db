<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<%@ taglib prefix="fn" uri="http://java.sun.com/jsp/jstl/functions" %>
<!DOCTYPE html>
<html>
<head><title>Sign in</title></head>
<body>
<jsp:include page="header.jsp"/>
<c:if test="${param.failed == '1'}">
  <p class="error">Card number or PIN not recognised.</p>
</c:if>
<form method="post" action="login">
  <input type="hidden" name="next" value="${fn:escapeXml(param.next)}">
  <label>Card number <input name="card" value="<c:out value='${cookie.last_card.value}'/>"></label>
  <label>PIN <input name="pin" type="password"></label>
  <button type="submit">Sign in</button>
</form>
<p>Signing in as <%= request.getParameter("card") %>?</p> <%-- vuln: xss --%>
</body>
</html>
