from django.db import connection
from django.http import JsonResponse


def orders(request):
    status = request.GET.get("status")
    sql = "SELECT id, total FROM orders WHERE 1=1"
    if status:
        sql += " AND status = '" + status + "'"
    with connection.cursor() as cursor:
        cursor.execute(sql)  # expect: sql-injection
        rows = cursor.fetchall()
    return JsonResponse({"orders": rows})
