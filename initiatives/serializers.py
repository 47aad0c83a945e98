"""How the read-only API shows the library an initiative comes from."""

from rest_framework import serializers


class LibrarySerializer(serializers.Serializer):
    """The library an initiative comes from: the facts that make libraries comparable."""

    name = serializers.CharField(read_only=True)
    municipality = serializers.CharField(read_only=True)
    municipality_number = serializers.CharField(read_only=True)
    county = serializers.CharField(read_only=True)
    county_display = serializers.CharField(source="get_county_display", read_only=True)
    population = serializers.IntegerField(read_only=True)
    library_type = serializers.CharField(read_only=True)
    library_type_display = serializers.CharField(source="get_library_type_display", read_only=True)
    self_service = serializers.BooleanField(read_only=True)
    staff_fte = serializers.DecimalField(max_digits=6, decimal_places=1, read_only=True)
